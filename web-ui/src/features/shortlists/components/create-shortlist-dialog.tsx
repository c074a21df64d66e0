import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import type { Shortlist } from '@/types/ranking-models';
import { useCreateShortlist } from '../api/create-shortlist';

type CreateShortlistDialogProps = {
  opened: boolean;
  onClose: () => void;
  onCreated: (shortlist: Shortlist) => void;
  /** The network its profiles come from, when known. */
  networkId?: string;
};

const FIELDS = ['name', 'description'] as const;

export function validateShortlistName(value: string): string | null {
  if (!value.trim()) {
    return 'Give the shortlist a name';
  }
  return value.trim().length > 120 ? 'Use at most 120 characters' : null;
}

export function CreateShortlistDialog({ opened, onClose, onCreated, networkId }: CreateShortlistDialogProps) {
  const create = useCreateShortlist();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: {
      name: validateShortlistName,
      description: (value) => (value.length > 2000 ? 'Use at most 2,000 characters' : null),
    },
  });
  const close = () => {
    form.reset();
    setGeneralError(null);
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    create.mutate(
      { name: values.name.trim(), ...(values.description.trim() ? { description: values.description.trim() } : {}), ...(networkId ? { networkId } : {}) },
      {
        onSuccess: (shortlist) => {
          close();
          onCreated(shortlist);
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error, FIELDS)) {
            setGeneralError(errorMessage(error));
          }
        },
      },
    );
  });
  return (
    <Modal opened={opened} onClose={close} title="New shortlist" centered>
      <form onSubmit={submit} noValidate aria-label="New shortlist">
        <Stack gap="sm">
          {generalError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
              {generalError}
            </Alert>
          )}
          <TextInput label="Name" required data-autofocus placeholder="e.g. Spring campaign: knitting" {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} maxRows={5} placeholder="What the list is for" {...form.getInputProps('description')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create shortlist
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
