import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type EmptyStateProps = {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  color?: string;
};

/** The quiet centred message a list or page shows when it has nothing to show. */
export function EmptyState({ icon, title, description, action, color }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center" role="status">
      <ThemeIcon size={56} radius="xl" variant="light" color={color}>
        {icon}
      </ThemeIcon>
      <Title order={4} fw={600}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" size="sm" maw={440}>
          {description}
        </Text>
      )}
      {action}
    </Stack>
  );
}
