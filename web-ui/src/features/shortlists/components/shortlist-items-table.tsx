import { ActionIcon, Avatar, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import type { ShortlistItem } from '@/types/ranking-models';
import classes from './shortlists.module.css';
import { NoteEditor } from './note-editor';

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

type ShortlistItemsTableProps = {
  items: ShortlistItem[];
  canEdit: boolean;
  /** The profile page of an item, when a ranking to show it in is known. */
  profileHref: (item: ShortlistItem) => string | undefined;
  onSaveNote: (item: ShortlistItem, note: string) => Promise<unknown>;
  onRemove: (item: ShortlistItem) => void;
  /** The item whose note or removal is being saved. */
  busyProfileId?: string | null;
};

/** The profiles of a shortlist with their notes, editable in place. */
export function ShortlistItemsTable({ items, canEdit, profileHref, onSaveNote, onRemove, busyProfileId }: ShortlistItemsTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table className={classes.table} verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Shortlisted profiles">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Profile</Table.Th>
            <Table.Th className={classes.numeric}>Followers</Table.Th>
            <Table.Th w="40%">Note</Table.Th>
            <Table.Th>Added</Table.Th>
            {canEdit && <Table.Th w={48} aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const href = profileHref(item);
            return (
              <Table.Tr key={item.profileId} data-profile-id={item.profileId}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar src={item.avatarUrl} size={30} radius="xl" color="initials" name={item.label} />
                    <Stack gap={0}>
                      {href ? (
                        <Link to={href} className={classes.profileLink}>
                          {item.label}
                        </Link>
                      ) : (
                        <Text size="sm" fw={600}>
                          {item.label}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {item.displayName && item.displayName !== item.label ? `${item.displayName} · ` : ''}
                        {item.platform}
                      </Text>
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td className={classes.numeric}>
                  <Text size="sm">{typeof item.followersCount === 'number' ? countFormat.format(item.followersCount) : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <NoteEditor
                    note={item.note}
                    subject={item.label}
                    canEdit={canEdit}
                    saving={busyProfileId === item.profileId}
                    onSave={(note) => onSaveNote(item, note)}
                  />
                </Table.Td>
                <Table.Td>
                  <DateText value={item.addedAt} size="sm" />
                  {item.addedBy && (
                    <Text size="xs" c="dimmed">
                      {item.addedBy}
                    </Text>
                  )}
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Tooltip label="Remove from the list" openDelay={300}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${item.label}`}
                        onClick={() => onRemove(item)}
                        loading={busyProfileId === item.profileId}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
