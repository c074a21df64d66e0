import { Anchor, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconHourglass } from '@tabler/icons-react';
import { Link } from 'react-router';
import { RunProgress } from '@/features/rankings/components/run-progress';
import { RunStatusBadge } from '@/features/rankings/components/run-status-badge';
import { isRunActive } from '@/features/rankings/utils/run-status';
import type { RankingRun } from '@/types/ranking-models';

/** What a run's pages show until it is complete: its progress, or why it stopped. */
export function RunPending({ run }: { run: RankingRun }) {
  const active = isRunActive(run);
  return (
    <Card padding="xl" radius="lg" aria-label="Ranking not ready">
      <Stack gap="md" maw={560} mx="auto" py="md">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={48} radius="xl" variant="light" color={active ? 'blue' : 'orange'}>
            {active ? <IconHourglass size={24} /> : <IconAlertTriangle size={24} />}
          </ThemeIcon>
          <Stack gap={2}>
            <Group gap="sm">
              <Title order={4}>{active ? 'Computing the ranking' : 'This ranking did not finish'}</Title>
              <RunStatusBadge run={run} />
            </Group>
            <Text size="sm" c="dimmed">
              {active
                ? 'PageRank, bridges, communities and the score are being computed. The table opens here by itself when it is ready.'
                : 'Its job stopped before the snapshot was written.'}
            </Text>
          </Stack>
        </Group>
        {active ? (
          <RunProgress run={run} />
        ) : (
          run.jobId && (
            <Text size="sm">
              See what happened on{' '}
              <Anchor component={Link} to={`/sources/jobs/${run.jobId}`}>
                its job’s page
              </Anchor>
              , where it can be resumed.
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
