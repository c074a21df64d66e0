import { Anchor, Button, Card, Group, Pagination, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartDots3, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import type { NetworkOption, RankingRun } from '@/types/ranking-models';
import { useRankingRuns } from '../api/get-ranking-runs';
import { formatCount } from '../utils/format';
import { runPath } from '../utils/paths';
import { describeScope } from '../utils/run-scope';
import { NewRankingDialog } from './new-ranking-dialog';
import classes from './rankings.module.css';
import { RunProgress } from './run-progress';
import { RunStatusBadge } from './run-status-badge';

type RunsPanelProps = {
  network: NetworkOption;
  /** Strategists and admins start runs; outreach colleagues only look. */
  canStart: boolean;
  onStarted: (run: RankingRun) => void;
};

const PAGE_SIZE = 20;

/** A network's ranking runs, newest first, live while one computes; and the New ranking dialog. */
export function RunsPanel({ network, canStart, onStarted }: RunsPanelProps) {
  const [page, setPage] = useState(0);
  const runs = useRankingRuns(network.id, page, PAGE_SIZE);
  const [opened, dialog] = useDisclosure(false);
  const list = runs.data;

  const newButton = canStart ? (
    <Button leftSection={<IconPlus size={16} />} onClick={dialog.open}>
      New ranking
    </Button>
  ) : (
    <Tooltip label="Strategists and admins start rankings">
      <Button leftSection={<IconPlus size={16} />} disabled>
        New ranking
      </Button>
    </Tooltip>
  );

  return (
    <Stack gap="sm" component="section" aria-label="Ranking runs">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>Rankings</Title>
          <Text size="sm" c="dimmed">
            Each run ranks {network.name} with its own settings; open a ready one to browse it.
          </Text>
        </div>
        {newButton}
      </Group>
      {runs.isError ? (
        <QueryError error={runs.error} onRetry={() => runs.refetch()} />
      ) : (
        <Card padding={0} radius="md">
          {runs.isPending ? (
            <Stack p="md" gap="sm" aria-label="Loading rankings">
              {Array.from({ length: 3 }, (_, index) => (
                <Skeleton key={index} height={28} radius="sm" />
              ))}
            </Stack>
          ) : !list || list.runs.length === 0 ? (
            <EmptyState
              icon={<IconChartDots3 size={28} />}
              title="No rankings yet"
              description={
                canStart
                  ? `Start the first ranking of ${network.name}: it computes PageRank, bridges, communities and a score for every profile.`
                  : 'When a strategist ranks this network, the runs show up here.'
              }
              action={
                canStart ? (
                  <Button variant="light" onClick={dialog.open}>
                    Start the first ranking
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table className={classes.table} highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Ranking runs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Run</Table.Th>
                    <Table.Th w={220}>Status</Table.Th>
                    <Table.Th className={classes.numeric}>Profiles</Table.Th>
                    <Table.Th className={classes.numeric}>Edges</Table.Th>
                    <Table.Th>Started</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.runs.map((run) => (
                    <Table.Tr key={run.id} data-run-id={run.id}>
                      <Table.Td style={{ whiteSpace: 'normal' }}>
                        <Anchor component={Link} to={runPath(run.id)} fw={600} size="sm">
                          {run.name}
                        </Anchor>
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {describeScope(run.parameters).join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={6}>
                          <RunStatusBadge run={run} />
                          <RunProgress run={run} compact />
                        </Stack>
                      </Table.Td>
                      <Table.Td className={classes.numeric}>{run.complete ? formatCount(run.profileCount) : '—'}</Table.Td>
                      <Table.Td className={classes.numeric}>{run.complete ? formatCount(run.edgeCount) : '—'}</Table.Td>
                      <Table.Td>
                        <DateText value={run.createdAt} size="sm" />
                        {run.createdBy && (
                          <Text size="xs" c="dimmed">
                            {run.createdBy}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      {list && list.page.totalPages > 1 && (
        <Group justify="flex-end">
          <Pagination size="sm" total={list.page.totalPages} value={page + 1} onChange={(next) => setPage(next - 1)} />
        </Group>
      )}
      {canStart && (
        <NewRankingDialog
          opened={opened}
          onClose={dialog.close}
          networkId={network.id}
          networkName={network.name}
          onStarted={onStarted}
        />
      )}
    </Stack>
  );
}
