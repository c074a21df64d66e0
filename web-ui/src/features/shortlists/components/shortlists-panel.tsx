import { Badge, Button, Card, Group, Pagination, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import type { Shortlist } from '@/types/ranking-models';
import { useShortlists } from '../api/get-shortlists';
import { shortlistPath } from '../utils/paths';
import { CreateShortlistDialog } from './create-shortlist-dialog';
import classes from './shortlists.module.css';

type ShortlistsPanelProps = {
  canEdit: boolean;
  /** Names of networks, to say where a list's profiles come from. */
  networkName: (networkId: string | undefined) => string | undefined;
  onCreated: (shortlist: Shortlist) => void;
};

const PAGE_SIZE = 24;

/** Every shortlist, most recently changed first, as cards; and the New shortlist dialog. */
export function ShortlistsPanel({ canEdit, networkName, onCreated }: ShortlistsPanelProps) {
  const [page, setPage] = useState(0);
  const lists = useShortlists(undefined, page, PAGE_SIZE);
  const [opened, dialog] = useDisclosure(false);
  const data = lists.data;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {data ? `${data.page.totalElements} ${data.page.totalElements === 1 ? 'shortlist' : 'shortlists'}` : ' '}
        </Text>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={dialog.open}>
            New shortlist
          </Button>
        )}
      </Group>
      {lists.isError ? (
        <QueryError error={lists.error} onRetry={() => lists.refetch()} />
      ) : lists.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={120} radius="md" />
          ))}
        </SimpleGrid>
      ) : !data || data.shortlists.length === 0 ? (
        <Card padding="xl" radius="lg">
          <EmptyState
            icon={<IconListCheck size={28} />}
            title="No shortlists yet"
            description={
              canEdit
                ? 'A shortlist gathers the profiles you mean to pitch, with a note on each. Create one here, or pick profiles in a ranked table.'
                : 'Strategists gather the profiles to pitch in shortlists; they show up here.'
            }
            action={
              canEdit ? (
                <Button variant="light" onClick={dialog.open}>
                  Create the first shortlist
                </Button>
              ) : undefined
            }
          />
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" role="list" aria-label="Shortlists">
          {data.shortlists.map((shortlist) => {
            const network = networkName(shortlist.networkId);
            return (
              <Card
                key={shortlist.id}
                component={Link}
                to={shortlistPath(shortlist.id)}
                padding="lg"
                radius="md"
                className={classes.card}
                role="listitem"
                aria-label={shortlist.name}
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start" mb={6}>
                  <Text fw={650} lineClamp={2}>
                    {shortlist.name}
                  </Text>
                  <Badge variant="light" radius="sm" style={{ flexShrink: 0 }}>
                    {shortlist.size ?? 0} {(shortlist.size ?? 0) === 1 ? 'profile' : 'profiles'}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed" lineClamp={2} mih={40}>
                  {shortlist.description || 'No description'}
                </Text>
                <Group gap={6} mt="sm">
                  {network && (
                    <Text size="xs" c="dimmed">
                      {network} ·
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    changed
                  </Text>
                  <DateText value={shortlist.updatedAt} size="xs" c="dimmed" />
                </Group>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      {data && data.page.totalPages > 1 && (
        <Group justify="flex-end">
          <Pagination size="sm" total={data.page.totalPages} value={page + 1} onChange={(next) => setPage(next - 1)} />
        </Group>
      )}
      <CreateShortlistDialog opened={opened} onClose={dialog.close} onCreated={onCreated} />
    </Stack>
  );
}
