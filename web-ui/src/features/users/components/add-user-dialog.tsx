import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '@/components/ui/role-badge';
import { errorMessage, isApiError } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import { PASSWORD_MIN_LENGTH, validateNewPassword } from '@/lib/passwords';
import { ROLES, type Role } from '@/types/models';
import { useCreateUser } from '../api/create-user';
import { PasswordField } from './password-field';

type AddUserDialogProps = { opened: boolean; onClose: () => void };

const FIELDS = ['email', 'displayName', 'role', 'password'] as const;
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

type Values = { email: string; displayName: string; role: Role; password: string };

export function AddUserDialog({ opened, onClose }: AddUserDialogProps) {
  const create = useCreateUser();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [revealPassword, setRevealPassword] = useState(false);
  const form = useForm<Values>({
    initialValues: { email: '', displayName: '', role: 'STRATEGIST', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter a valid email address'),
      displayName: (value) => (value.trim() ? null : 'Enter the name people will see'),
      role: (value) => (value ? null : 'Choose a role'),
      password: validateNewPassword,
    },
  });

  const close = () => {
    form.reset();
    setGeneralError(null);
    setRevealPassword(false);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const body = { ...values, email: values.email.trim(), displayName: values.displayName.trim() };
    create.mutate(body, {
      onSuccess: (user) => {
        notifications.show({ color: 'teal', title: 'User added', message: `${user.displayName} can now sign in as ${user.email}.` });
        close();
      },
      onError: (error) => {
        if (isApiError(error) && error.is('email-taken')) {
          form.setFieldError('email', error.detail ?? 'A user with this email already exists');
        } else if (!applyFieldErrors(form, error, FIELDS)) {
          setGeneralError(errorMessage(error));
        }
      },
    });
  });

  return (
    <Modal opened={opened} onClose={close} title="Add user" centered size="md">
      <form onSubmit={submit} noValidate aria-label="Add user">
        <Stack gap="sm">
          {generalError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
              {generalError}
            </Alert>
          )}
          <TextInput label="Email" type="email" required data-autofocus autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Display name" required autoComplete="off" {...form.getInputProps('displayName')} />
          <Select
            label="Role"
            required
            allowDeselect={false}
            data={ROLE_OPTIONS}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('role')}
          />
          <PasswordField
            label="Initial password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters. Share it with them safely; they can change it under Settings.`}
            required
            autoComplete="new-password"
            visible={revealPassword}
            onVisibilityChange={setRevealPassword}
            onGenerate={(password) => {
              form.setFieldValue('password', password);
              setRevealPassword(true);
            }}
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
