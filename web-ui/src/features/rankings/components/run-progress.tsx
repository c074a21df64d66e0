import { Group, Progress, Stack, Text } from '@mantine/core';
import type { RankingRun } from '@/types/ranking-models';
import { useRankingJob } from '../api/get-ranking-job';
import { isRunActive } from '../utils/run-status';

/** The job's percent and step while a run computes ("Betweenness · 35%"). */
export function RunProgress({ run, compact }: { run: Pick<RankingRun, 'jobId' | 'status' | 'complete'>; compact?: boolean }) {
  const active = isRunActive(run);
  const job = useRankingJob(run.jobId, active);
  if (!active) {
    return null;
  }
  const percent = Math.max(0, Math.min(100, job.data?.percent ?? 0));
  const message = job.data?.message ?? (run.status === 'QUEUED' ? 'Waiting for a free worker' : 'Starting');
  return (
    <Stack gap={4} miw={compact ? 160 : undefined} aria-label="Ranking progress">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" truncate="end" data-testid="run-progress-message">
          {message}
        </Text>
        <Text size="xs" fw={600}>
          {percent}%
        </Text>
      </Group>
      <Progress value={percent} size={compact ? 'sm' : 'md'} radius="xl" animated={run.status === 'RUNNING'} aria-label={`${percent}% done`} />
    </Stack>
  );
}
