import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-error';
import { useAddShortlistItems } from '../api/add-shortlist-items';
import { useCreateShortlist } from '../api/create-shortlist';
import { useShortlists } from '../api/get-shortlists';
import { validateShortlistName } from './create-shortlist-dialog';

type AddToShortlistDialogProps = {
  opened: boolean;
  onClose: () => void;
  profileIds: string[];
  /** The run they were picked in: the shortlist links back to it. */
  runId?: string;
  networkId?: string;
  onAdded?: () => void;
};

type Mode = 'existing' | 'new';

/** Puts picked profiles on a shortlist: an existing one, or a new one created on the way. */
export function AddToShortlistDialog({ opened, onClose, profileIds, runId, networkId, onAdded }: AddToShortlistDialogProps) {
  const lists = useShortlists(undefined, 0, 100, opened);
  const create = useCreateShortlist();
  const add = useAddShortlistItems();
  const available = lists.data?.shortlists ?? [];
  const [mode, setMode] = useState<Mode | null>(null);
  const [shortlistId, setShortlistId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  const effectiveMode: Mode = mode ?? (lists.isSuccess && available.length === 0 ? 'new' : 'existing');
  // Lists of this run's network first.
  const options = [...available]
    .sort((a, b) => Number(b.networkId === networkId) - Number(a.networkId === networkId))
    .map((list) => ({ value: list.id, label: `${list.name} (${list.size ?? 0})` }));
  const busy = create.isPending || add.isPending;

  const close = () => {
    setMode(null);
    setShortlistId(null);
    setName('');
    setNote('');
    setError(null);
    setFieldError(null);
    onClose();
  };

  const submit = async () => {
    setError(null);
    setFieldError(null);
    try {
      let target = shortlistId;
      let targetName = available.find((list) => list.id === shortlistId)?.name ?? '';
      if (effectiveMode === 'new') {
        const problem = validateShortlistName(name);
        if (problem) {
          setFieldError(problem);
          return;
        }
        const created = await create.mutateAsync({ name: name.trim(), ...(networkId ? { networkId } : {}) });
        target = created.id;
        targetName = created.name;
      } else if (!target) {
        setFieldError('Choose a shortlist');
        return;
      }
      const saved = await add.mutateAsync({
        id: target as string,
        body: { profileIds, ...(runId ? { runId } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      });
      notifications.show({
        color: 'teal',
        title: 'Added to shortlist',
        // Notifications render outside the router: plain text, no links.
        message: `${profileIds.length} ${profileIds.length === 1 ? 'profile' : 'profiles'} on “${targetName || saved.name}” (${saved.items.length} in all).`,
      });
      close();
      onAdded?.();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Add to shortlist" centered>
      <Stack gap="sm" role="form" aria-label="Add to shortlist">
        <Text size="sm" c="dimmed">
          {profileIds.length} {profileIds.length === 1 ? 'profile' : 'profiles'} picked. Profiles already on the list keep their note.
        </Text>
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
            {error}
          </Alert>
        )}
        <SegmentedControl
          value={effectiveMode}
          onChange={(value) => {
            setMode(value as Mode);
            setFieldError(null);
          }}
          data={[
            { value: 'existing', label: 'Existing list', disabled: lists.isSuccess && available.length === 0 },
            { value: 'new', label: 'New list' },
          ]}
          aria-label="Which list"
        />
        {effectiveMode === 'existing' ? (
          <Select
            label="Shortlist"
            placeholder={lists.isPending ? 'Loading…' : 'Choose a shortlist'}
            data={options}
            value={shortlistId}
            onChange={(value) => {
              setShortlistId(value);
              setFieldError(null);
            }}
            searchable
            error={fieldError}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
        ) : (
          <TextInput
            label="Name of the new shortlist"
            placeholder="e.g. Spring campaign: knitting"
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setFieldError(null);
            }}
            error={fieldError}
            data-autofocus
          />
        )}
        <Textarea
          label="Note"
          description="Optional; saved on each profile added."
          autosize
          minRows={2}
          maxRows={4}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={busy}>
            Add {profileIds.length} {profileIds.length === 1 ? 'profile' : 'profiles'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
