import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import { PASSWORD_MIN_LENGTH, validateNewPassword } from '@/lib/passwords';
import type { User } from '@/types/models';
import { useResetUserPassword } from '../api/reset-user-password';
import { PasswordField } from './password-field';

type ResetPasswordDialogProps = { user: User | null; onClose: () => void };

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const reset = useResetUserPassword();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [revealPassword, setRevealPassword] = useState(false);
  const form = useForm({ initialValues: { newPassword: '' }, validate: { newPassword: validateNewPassword } });

  const close = () => {
    form.reset();
    setGeneralError(null);
    setRevealPassword(false);
    reset.reset();
    onClose();
  };

  const submit = form.onSubmit(({ newPassword }) => {
    if (!user) {
      return;
    }
    setGeneralError(null);
    reset.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Password reset', message: `Tell ${user.displayName} their new password.` });
          close();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['newPassword'] as const)) {
            setGeneralError(errorMessage(error));
          }
        },
      },
    );
  });

  return (
    <Modal opened={user !== null} onClose={close} title="Reset password" centered>
      <form onSubmit={submit} noValidate aria-label="Reset password">
        <Stack gap="sm">
          <Text size="sm">
            Set a new password for <b>{user?.displayName}</b> ({user?.email}). Their current password stops working at once.
          </Text>
          {generalError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
              {generalError}
            </Alert>
          )}
          <PasswordField
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters`}
            required
            data-autofocus
            autoComplete="new-password"
            visible={revealPassword}
            onVisibilityChange={setRevealPassword}
            onGenerate={(password) => {
              form.setFieldValue('newPassword', password);
              setRevealPassword(true);
            }}
            {...form.getInputProps('newPassword')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={reset.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={reset.isPending}>
              Reset password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
