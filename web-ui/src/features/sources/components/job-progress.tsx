import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '@/types/models';
import { progressSummary } from '../utils/job-counters';
import { JOB_STATUS_LOOK } from '../utils/job-status';
import classes from './sources.module.css';

type JobProgressProps = {
  job: Pick<Job, 'status' | 'percent' | 'progress' | 'type'>;
  size?: 'sm' | 'md' | 'lg';
  /** A label for screen readers, e.g. "Progress of edges.csv". */
  label?: string;
};

function caption(job: JobProgressProps['job'], summary: string | undefined): string {
  switch (job.status) {
    case 'QUEUED':
      return summary ? `Waiting to continue · ${summary}` : 'Waiting to start';
    case 'COMPLETED':
      return summary ? `Done · ${summary}` : 'Done';
    default:
      return summary ?? (job.status === 'RUNNING' ? 'Starting…' : 'Nothing read yet');
  }
}

/**
 * How far a job got. With a known percentage the bar fills up to it; without one a running job shows a moving
 * striped bar and the counts so far. Colours follow the status.
 */
export function JobProgress({ job, size = 'sm', label = 'Progress' }: JobProgressProps) {
  const color = JOB_STATUS_LOOK[job.status]?.color ?? 'gray';
  const running = job.status === 'RUNNING';
  const percent = typeof job.percent === 'number' ? Math.max(0, Math.min(100, job.percent)) : undefined;
  const summary = progressSummary(job);
  const text = caption(job, summary);
  const height = size === 'lg' ? 12 : size === 'md' ? 8 : 6;

  if (percent !== undefined) {
    return (
      <Stack gap={4}>
        <Progress.Root size={height} radius="xl">
          <Progress.Section value={percent} color={color} striped={running} animated={running} aria-label={label} />
        </Progress.Root>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {text}
          </Text>
          <Text size="xs" fw={600} className={classes.numeric}>
            {percent}%
          </Text>
        </Group>
      </Stack>
    );
  }

  // No total known: a full bar that moves while running, a still one otherwise; no value for screen readers.
  const filled = job.status === 'QUEUED' ? 0 : 100;
  return (
    <Stack gap={4}>
      <Progress.Root size={height} radius="xl">
        <Progress.Section
          value={filled}
          color={color}
          striped={running}
          animated={running}
          withAria={false}
          role="progressbar"
          aria-label={label}
          aria-valuetext={text}
          data-indeterminate={running || undefined}
          style={running ? undefined : { opacity: 0.55 }}
        />
      </Progress.Root>
      <Text size="xs" c="dimmed" truncate>
        {text}
      </Text>
    </Stack>
  );
}
