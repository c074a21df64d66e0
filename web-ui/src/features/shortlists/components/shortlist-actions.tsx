import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-error';
import type { Shortlist } from '@/types/ranking-models';
import { useDeleteShortlist } from '../api/delete-shortlist';
import { EditShortlistDialog } from './edit-shortlist-dialog';

/** Edit (rename, describe) and delete a shortlist. */
export function ShortlistActions({ shortlist, onDeleted }: { shortlist: Shortlist; onDeleted: () => void }) {
  const [editOpened, edit] = useDisclosure(false);
  const [deleteOpened, confirm] = useDisclosure(false);
  const remove = useDeleteShortlist();
  return (
    <Group gap="sm">
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
        Edit
      </Button>
      <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={confirm.open}>
        Delete
      </Button>
      <EditShortlistDialog key={shortlist.updatedAt} shortlist={shortlist} opened={editOpened} onClose={edit.close} />
      <ConfirmDialog
        opened={deleteOpened}
        onClose={confirm.close}
        title="Delete shortlist"
        color="red"
        confirmLabel="Delete shortlist"
        loading={remove.isPending}
        message={
          <>
            <b>{shortlist.name}</b> and the notes on its {shortlist.items.length} {shortlist.items.length === 1 ? 'profile' : 'profiles'} will be
            deleted. The profiles themselves stay in their networks.
          </>
        }
        onConfirm={() =>
          remove.mutate(shortlist.id, {
            onSuccess: () => {
              confirm.close();
              notifications.show({ color: 'teal', message: `“${shortlist.name}” was deleted.` });
              onDeleted();
            },
            onError: (error) => notifications.show({ color: 'red', title: "Couldn't delete it", message: errorMessage(error) }),
          })
        }
      />
    </Group>
  );
}
