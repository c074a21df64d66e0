import { Anchor, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import type { RankingRun } from '@/types/ranking-models';
import { formatCount, formatMillis, formatMetric } from '../utils/format';
import { runPath } from '../utils/paths';
import { readRunStats } from '../utils/run-status';
import { describeEdgeWeights, describeScope } from '../utils/run-scope';
import classes from './rankings.module.css';

function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  const body = (
    <Stack gap={0}>
      <Text className={classes.statLabel}>{label}</Text>
      <Text className={classes.statValue} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
  return hint ? (
    <Tooltip label={hint} multiline w={260} openDelay={300}>
      {body}
    </Tooltip>
  ) : (
    body
  );
}

function betweennessText(stats: ReturnType<typeof readRunStats>): { value: string; hint: string } {
  if (stats.betweennessExact === undefined) {
    return { value: 'Off', hint: 'Betweenness was not computed for this run.' };
  }
  if (stats.betweennessExact) {
    return { value: 'Exact', hint: 'Computed from every profile (Brandes).' };
  }
  const bound = stats.betweennessErrorBound;
  return {
    value: `Sampled${bound !== undefined ? ` ±${formatMetric(bound)}` : ''}`,
    hint: `Estimated from ${formatCount(stats.betweennessSamples)} sampled sources${bound !== undefined ? `; error bound ±${formatMetric(bound)}` : ''}.`,
  };
}

/** What a completed run found and how it was made: counts, communities, betweenness mode, timings, scope. */
export function RunStats({ run }: { run: RankingRun }) {
  const stats = readRunStats(run.stats);
  const betweenness = betweennessText(stats);
  const timings = stats.timings.map((timing) => `${timing.label}: ${formatMillis(timing.millis)}`).join(' · ');
  return (
    <Card padding="lg" radius="md" aria-label="Run statistics">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="lg" verticalSpacing="md">
        <Stat label="Profiles" value={formatCount(run.profileCount)} testId="run-profile-count" />
        <Stat label="Edges" value={formatCount(run.edgeCount)} />
        <Stat label="Communities" value={formatCount(stats.communities)} hint="Groups found by label propagation, largest first." />
        <Stat
          label="Modularity"
          value={stats.modularity === undefined ? '—' : stats.modularity.toFixed(2)}
          hint="How clearly the network splits into communities: above 0.3 is a clear structure."
        />
        <Stat label="Betweenness" value={betweenness.value} hint={betweenness.hint} />
        <Stat label="Computed in" value={formatMillis(stats.totalMillis)} hint={timings || undefined} />
      </SimpleGrid>
      <Group justify="space-between" mt="md" gap="xs" align="flex-end">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {describeScope(run.parameters).join(' · ')} · {describeEdgeWeights(run.parameters)}
          </Text>
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              Finished
            </Text>
            <DateText value={run.completedAt} size="xs" c="dimmed" />
            {run.createdBy && (
              <Text size="xs" c="dimmed">
                · by {run.createdBy}
              </Text>
            )}
          </Group>
        </Stack>
        {run.previousRunId && (
          <Anchor component={Link} to={runPath(run.previousRunId)} size="sm">
            <Group gap={4}>
              <IconArrowBackUp size={15} />
              Previous run
            </Group>
          </Anchor>
        )}
      </Group>
    </Card>
  );
}
