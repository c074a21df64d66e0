import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import type { NetworkSummary } from '@/types/models';
import { useCreateNetwork } from '../api/create-network';
import { useUpdateNetwork } from '../api/update-network';

export const NETWORK_NAME_MAX = 120;
export const NETWORK_DESCRIPTION_MAX = 2000;

const FIELDS = ['name', 'description'] as const;

type Values = { name: string; description: string };

export function validateNetworkName(value: string): string | null {
  const name = value.trim();
  if (!name) {
    return 'Give the network a name';
  }
  return name.length > NETWORK_NAME_MAX ? `Use at most ${NETWORK_NAME_MAX} characters (${name.length} now)` : null;
}

export function validateNetworkDescription(value: string): string | null {
  const description = value.trim();
  return description.length > NETWORK_DESCRIPTION_MAX
    ? `Use at most ${NETWORK_DESCRIPTION_MAX} characters (${description.length} now)`
    : null;
}

type NetworkFormDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** The network to rename; a new one is created when left out. */
  network?: NetworkSummary;
  onSaved?: (network: NetworkSummary) => void;
};

type NetworkFormProps = { network?: NetworkSummary; onSaved?: (network: NetworkSummary) => void; onClose: () => void };

/** The dialog's form; mounted while the dialog is open, so every opening starts from the network's current values. */
function NetworkForm({ network, onSaved, onClose }: NetworkFormProps) {
  const create = useCreateNetwork();
  const update = useUpdateNetwork();
  const editing = network !== undefined;
  const mutation = editing ? update : create;
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: network?.name ?? '', description: network?.description ?? '' },
    validate: { name: validateNetworkName, description: validateNetworkDescription },
  });

  const onError = (error: unknown) => {
    if (isApiError(error) && error.is('network-name-taken')) {
      form.setFieldError('name', error.detail ?? 'Another network already has this name');
    } else if (!applyFieldErrors(form, error, FIELDS)) {
      setGeneralError(errorMessage(error));
    }
  };

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    const name = values.name.trim();
    const description = values.description.trim();
    const onSuccess = (saved: NetworkSummary) => {
      notifications.show({
        color: 'teal',
        title: editing ? 'Network saved' : 'Network created',
        message: editing ? `“${saved.name}” was saved.` : `Import a file or start a collection to fill “${saved.name}”.`,
      });
      onSaved?.(saved);
      onClose();
    };
    if (network) {
      update.mutate({ id: network.id, changes: { name, description } }, { onSuccess, onError });
    } else {
      create.mutate(description ? { name, description } : { name }, { onSuccess, onError });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Rename network' : 'New network'}>
      <Stack gap="sm">
        {generalError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
            {generalError}
          </Alert>
        )}
        <TextInput
          label="Name"
          description="The niche or campaign this graph is about, e.g. “Slow fashion, Germany”"
          required
          data-autofocus
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <Textarea
          label="Description"
          description={`Optional: what it holds and where it came from (${form.values.description.trim().length} / ${NETWORK_DESCRIPTION_MAX} characters)`}
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {editing ? 'Save' : 'Create network'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Creates a network, or renames and re-describes one. A name already in use is said under the name field. */
export function NetworkFormDialog({ opened, onClose, network, onSaved }: NetworkFormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={network ? 'Rename network' : 'New network'} centered size="lg">
      <NetworkForm network={network} onSaved={onSaved} onClose={onClose} />
    </Modal>
  );
}
