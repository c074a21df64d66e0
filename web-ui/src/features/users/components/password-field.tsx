import { ActionIcon, PasswordInput, Tooltip, type PasswordInputProps } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { generatePassword } from '../utils/generate-password';

type PasswordFieldProps = PasswordInputProps & { onGenerate: (password: string) => void };

/** A password input with a button that fills in (and reveals) a strong random password. */
export function PasswordField({ onGenerate, ...props }: PasswordFieldProps) {
  return (
    <PasswordInput
      {...props}
      leftSection={
        <Tooltip label="Generate a strong password" position="bottom-start">
          <ActionIcon variant="subtle" color="gray" aria-label="Generate a password" onClick={() => onGenerate(generatePassword())}>
            <IconWand size={16} />
          </ActionIcon>
        </Tooltip>
      }
      leftSectionPointerEvents="all"
    />
  );
}
