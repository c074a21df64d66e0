import { ActionIcon, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { checkNote } from '../utils/note';

type NoteEditorProps = {
  note: string | undefined;
  /** Who the note is about, for labels. */
  subject: string;
  canEdit: boolean;
  saving?: boolean;
  /** Resolves when saved; the editor closes then (and stays open with the text when saving fails). */
  onSave: (note: string) => Promise<unknown>;
};

/** A note shown inline; a click turns it into a box (Ctrl+Enter saves, Escape cancels). */
export function NoteEditor({ note, subject, canEdit, saving, onSave }: NoteEditorProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note ?? '');
  const [error, setError] = useState<string | undefined>();
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) {
      box.current?.focus();
    }
  }, [editing]);

  const start = () => {
    setText(note ?? '');
    setError(undefined);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setError(undefined);
  };
  const save = async () => {
    const checked = checkNote(text);
    if (checked.error) {
      setError(checked.error);
      return;
    }
    if (checked.value === (note ?? '').trim()) {
      setEditing(false);
      return;
    }
    try {
      await onSave(checked.value);
      setEditing(false);
    } catch {
      // The caller says why; keep the text so nothing typed is lost.
    }
  };

  if (!editing) {
    return (
      <Group gap={4} wrap="nowrap" align="flex-start">
        {note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="note-text">
            {note}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {canEdit ? 'No note yet' : 'No note'}
          </Text>
        )}
        {canEdit && (
          <Tooltip label={note ? 'Edit note' : 'Add a note'} openDelay={300}>
            <ActionIcon variant="subtle" color="gray" size="sm" onClick={start} aria-label={`${note ? 'Edit' : 'Add'} note on ${subject}`}>
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    );
  }

  return (
    <Stack gap={6} miw={240}>
      <Textarea
        autosize
        minRows={2}
        maxRows={6}
        ref={box}
        aria-label={`Note on ${subject}`}
        value={text}
        error={error}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            cancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <Group gap="xs">
        <Button size="compact-xs" onClick={() => void save()} loading={saving}>
          Save note
        </Button>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={cancel} disabled={saving}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
