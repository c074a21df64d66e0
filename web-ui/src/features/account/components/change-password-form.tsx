import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import { PASSWORD_MIN_LENGTH, validateNewPassword } from '@/lib/passwords';
import { useChangePassword } from '../api/change-password';

type ChangePasswordFormProps = { onChanged?: () => void; onCancel?: () => void };

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm({ onChanged, onCancel }: ChangePasswordFormProps) {
  const change = useChangePassword();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'Enter your current password'),
      newPassword: (value, values) =>
        validateNewPassword(value) ??
        (value === values.currentPassword ? 'Choose a password different from the current one' : null),
      confirmPassword: (value, values) => (value === values.newPassword ? null : 'The passwords do not match'),
    },
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    setGeneralError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'teal', title: 'Password changed', message: 'Use your new password next time you sign in.' });
          onChanged?.();
        },
        onError: (error) => {
          if (isApiError(error) && error.is('wrong-password')) {
            form.setFieldError('currentPassword', error.detail ?? 'That is not your current password');
          } else if (!applyFieldErrors(form, error, FIELDS)) {
            setGeneralError(errorMessage(error));
          }
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Stack gap="sm" maw={420}>
        {generalError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
            {generalError}
          </Alert>
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters`}
          autoComplete="new-password"
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          key={form.key('confirmPassword')}
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify={onCancel ? 'flex-end' : 'flex-start'} mt="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={change.isPending}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
