import { Anchor, Group, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import {
  IconBrandBluesky,
  IconBrandMastodon,
  IconChartDots3,
  IconFileImport,
  IconWorldWww,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import type { Job, JobType } from '@/types/models';
import { elapsed, formatDuration } from '../utils/format';
import { headlineCounters, jobSubject } from '../utils/job-counters';
import { JOB_TYPE_LABELS, type JobAction } from '../utils/job-status';
import { JobActions, type PendingJobAction } from './job-actions';
import { JobProgress } from './job-progress';
import { JobStatusBadge } from './job-status-badge';
import classes from './sources.module.css';

export const JOB_TYPE_ICONS: Record<JobType, Icon> = {
  IMPORT: IconFileImport,
  BLUESKY: IconBrandBluesky,
  MASTODON: IconBrandMastodon,
  CRAWL: IconWorldWww,
  RANKING: IconChartDots3,
};

type JobsTableProps = {
  jobs: Job[];
  /** Strategists and admins may pause, resume and cancel; others see the jobs only. */
  canControl: boolean;
  /** Names of the jobs' networks, to show and link them (the all-networks list). */
  networkNames?: Record<string, string | undefined>;
  onAction: (job: Job, action: JobAction) => void;
  pending?: PendingJobAction;
};

function JobTiming({ job }: { job: Job }) {
  if (job.finishedAt) {
    const took = elapsed(job.startedAt ?? job.createdAt, job.finishedAt);
    return (
      <Stack gap={0}>
        <DateText value={job.finishedAt} format="datetime" size="sm" />
        <Text size="xs" c="dimmed">
          {took !== undefined ? `Finished · took ${formatDuration(took)}` : 'Finished'}
        </Text>
      </Stack>
    );
  }
  if (job.startedAt) {
    return (
      <Stack gap={0}>
        <DateText value={job.startedAt} format="datetime" size="sm" />
        <Text size="xs" c="dimmed">
          Started
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={0}>
      <DateText value={job.createdAt} format="datetime" size="sm" />
      <Text size="xs" c="dimmed">
        Created
      </Text>
    </Stack>
  );
}

/** Import and collection jobs, newest first, with live progress and the controls the reader may use. */
export function JobsTable({ jobs, canControl, networkNames, onAction, pending }: JobsTableProps) {
  return (
    <Table.ScrollContainer minWidth={canControl ? 860 : 720}>
      <Table verticalSpacing="sm" horizontalSpacing="md" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Job</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={260}>Progress</Table.Th>
            <Table.Th w={170}>When</Table.Th>
            {canControl && (
              <Table.Th w={190}>
                <span className={classes.visuallyHidden}>Actions</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => {
            const TypeIcon = JOB_TYPE_ICONS[job.type] ?? IconFileImport;
            const subject = jobSubject(job);
            const typeLabel = JOB_TYPE_LABELS[job.type] ?? job.type;
            const counts = headlineCounters(job);
            const networkName = networkNames ? (networkNames[job.networkId] ?? '…') : undefined;
            return (
              <Table.Tr key={job.id} data-job-id={job.id} data-status={job.status}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <ThemeIcon variant="light" color="gray" size={32} radius="md" aria-hidden="true">
                      <TypeIcon size={18} stroke={1.6} />
                    </ThemeIcon>
                    <Stack gap={2} miw={0}>
                      <Anchor component={Link} to={`/sources/jobs/${job.id}`} size="sm" fw={600} lineClamp={1}>
                        {subject ?? typeLabel}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {typeLabel}
                        {networkName !== undefined && (
                          <>
                            {' · '}
                            <Anchor component={Link} to={`/sources/networks/${job.networkId}`} size="xs" c="dimmed" underline="always">
                              {networkName}
                            </Anchor>
                          </>
                        )}
                      </Text>
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <JobStatusBadge job={job} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <JobProgress job={job} label={`Progress of ${subject ?? typeLabel}`} />
                    {counts.length > 1 && (
                      <Text size="xs" c="dimmed" className={classes.numeric} style={{ whiteSpace: 'normal' }}>
                        {counts
                          .slice(1)
                          .map((counter) => counter.phrase)
                          .join(' · ')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <JobTiming job={job} />
                </Table.Td>
                {canControl && (
                  <Table.Td>
                    <JobActions job={job} onAction={onAction} pending={pending} size="compact-xs" />
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
