import { Button, Card, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconListCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { errorMessage } from '@/lib/api-error';
import type { Shortlist, ShortlistItem } from '@/types/ranking-models';
import { useRemoveShortlistItem } from '../api/remove-shortlist-item';
import { shortlistExportUrl } from '../api/shortlist-export';
import { useUpdateShortlistNote } from '../api/update-shortlist-note';
import { ShortlistItemsTable } from './shortlist-items-table';

type ShortlistItemsPanelProps = {
  shortlist: Shortlist;
  canEdit: boolean;
  profileHref: (item: ShortlistItem) => string | undefined;
  /** Where to find profiles to add (the Discover screen). */
  discoverHref: string;
};

/** A shortlist's profiles: notes edited in place, removal, CSV export. */
export function ShortlistItemsPanel({ shortlist, canEdit, profileHref, discoverHref }: ShortlistItemsPanelProps) {
  const note = useUpdateShortlistNote();
  const remove = useRemoveShortlistItem();
  const busyProfileId = note.isPending ? note.variables?.profileId : remove.isPending ? remove.variables?.profileId : null;

  const saveNote = (item: ShortlistItem, text: string) =>
    note.mutateAsync({ id: shortlist.id, profileId: item.profileId, note: text }).then(
      () => notifications.show({ color: 'teal', message: `Note on ${item.label} saved.` }),
      (error: unknown) => {
        notifications.show({ color: 'red', title: "Couldn't save the note", message: errorMessage(error) });
        throw error;
      },
    );
  const removeItem = (item: ShortlistItem) =>
    remove.mutate(
      { id: shortlist.id, profileId: item.profileId },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: `${item.label} was taken off the list.` }),
        onError: (error) => notifications.show({ color: 'red', title: "Couldn't remove it", message: errorMessage(error) }),
      },
    );

  return (
    <Card padding={0} radius="md" component="section" aria-label="Profiles on this list">
      <Group justify="space-between" px="lg" py="md">
        <Text fw={600}>
          {shortlist.items.length} {shortlist.items.length === 1 ? 'profile' : 'profiles'}
        </Text>
        <Button
          component="a"
          href={shortlistExportUrl(shortlist.id)}
          download
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          disabled={shortlist.items.length === 0}
        >
          Export CSV
        </Button>
      </Group>
      {shortlist.items.length === 0 ? (
        <EmptyState
          icon={<IconListCheck size={28} />}
          title="No profiles on this list yet"
          description="Pick profiles in a ranked table and choose “Add to shortlist”."
          action={
            <Button component={Link} to={discoverHref} variant="light">
              Go to Discover
            </Button>
          }
        />
      ) : (
        <ShortlistItemsTable
          items={shortlist.items}
          canEdit={canEdit}
          profileHref={profileHref}
          onSaveNote={saveNote}
          onRemove={removeItem}
          busyProfileId={busyProfileId}
        />
      )}
    </Card>
  );
}
