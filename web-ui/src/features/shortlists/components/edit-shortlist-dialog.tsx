import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import type { Shortlist } from '@/types/ranking-models';
import { useUpdateShortlist } from '../api/update-shortlist';
import { validateShortlistName } from './create-shortlist-dialog';

type EditShortlistDialogProps = { shortlist: Shortlist; opened: boolean; onClose: () => void };

export function EditShortlistDialog({ shortlist, opened, onClose }: EditShortlistDialogProps) {
  const update = useUpdateShortlist();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: shortlist.name, description: shortlist.description ?? '' },
    validate: { name: validateShortlistName, description: (value) => (value.length > 2000 ? 'Use at most 2,000 characters' : null) },
  });
  const close = () => {
    form.setValues({ name: shortlist.name, description: shortlist.description ?? '' });
    form.clearErrors();
    setGeneralError(null);
    onClose();
  };
  const submit = form.onSubmit((values) =>
    update.mutate(
      { id: shortlist.id, changes: { name: values.name.trim(), description: values.description.trim() } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `Saved “${saved.name}”.` });
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, ['name', 'description'] as const)) {
            setGeneralError(errorMessage(error));
          }
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title="Edit shortlist" centered>
      <form onSubmit={submit} noValidate aria-label="Edit shortlist">
        <Stack gap="sm">
          {generalError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
              {generalError}
            </Alert>
          )}
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
