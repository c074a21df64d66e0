import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DateText } from '@/components/ui/date-text';
import type { Job } from '@/types/models';
import { elapsed, formatCount, formatDuration } from '../utils/format';
import { jobCounters, jobSubject } from '../utils/job-counters';
import { JOB_TYPE_LABELS, isJobActive, type JobAction } from '../utils/job-status';
import { EDGE_KIND_LABELS, FORMAT_OPTIONS } from '../utils/import-form';
import { COLLECT_WHAT_OPTIONS } from '../utils/collect-form';
import { JobActions, type PendingJobAction } from './job-actions';
import { JobErrors } from './job-errors';
import { JobProgress } from './job-progress';
import { JobStatusBadge } from './job-status-badge';
import { JOB_TYPE_ICONS } from './jobs-table';
import classes from './sources.module.css';

type JobDetailsProps = {
  job: Job;
  canControl: boolean;
  onAction: (job: Job, action: JobAction) => void;
  pending?: PendingJobAction;
};

type Definition = { term: string; value: ReactNode };

function Definitions({ items }: { items: Definition[] }) {
  return (
    <dl className={classes.definitions}>
      {items.map((item) => (
        <div key={item.term} style={{ display: 'contents' }}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The job's parameters in words; the ones this page does not know are shown as they are. */
function parameterItems(job: Job): Definition[] {
  const parameters = job.parameters ?? {};
  const crawl = job.type === 'CRAWL';
  const known: Record<string, (value: unknown) => Definition | null> = {
    name: (value) => ({ term: 'Name', value: String(value) }),
    originalName: (value) => ({ term: 'File', value: String(value) }),
    format: (value) => ({ term: 'Format', value: FORMAT_OPTIONS.find((option) => option.value === value)?.label ?? String(value) }),
    platform: (value) => ({ term: 'Platform', value: String(value) }),
    defaultKind: (value) => ({
      term: 'Default edge kind',
      value: EDGE_KIND_LABELS[value as keyof typeof EDGE_KIND_LABELS] ?? String(value),
    }),
    instance: (value) => ({ term: 'Instance', value: String(value) }),
    seeds: (value) => {
      const seeds = asStrings(value);
      return {
        term: crawl ? 'Sites' : 'Seeds',
        value: (
          <Stack gap={2}>
            {seeds.slice(0, 20).map((seed) => (
              <Text key={seed} size="sm" ff="monospace">
                {seed}
              </Text>
            ))}
            {seeds.length > 20 && (
              <Text size="sm" c="dimmed">
                and {formatCount(seeds.length - 20)} more
              </Text>
            )}
          </Stack>
        ),
      };
    },
    collect: (value) =>
      crawl
        ? null
        : {
            term: 'Collects',
            value: asStrings(value)
              .map((what) => COLLECT_WHAT_OPTIONS.find((option) => option.value === what)?.label ?? what)
              .join(', '),
          },
    depth: (value) => ({ term: 'Depth', value: formatCount(asNumber(value)) }),
    maxProfiles: (value) => ({ term: crawl ? 'Max sites' : 'Max profiles', value: formatCount(asNumber(value)) }),
    maxEdgesPerProfile: (value) => (crawl ? null : { term: 'Max connections per profile', value: formatCount(asNumber(value)) }),
    maxPagesPerDomain: (value) => (crawl ? { term: 'Max pages per site', value: formatCount(asNumber(value)) } : null),
    runId: (value) => ({
      term: 'Ranking run',
      value: (
        <Text size="sm" ff="monospace">
          {String(value)}
        </Text>
      ),
    }),
  };
  const items: Definition[] = [];
  for (const [key, describe] of Object.entries(known)) {
    if (parameters[key] !== undefined && parameters[key] !== null) {
      const item = describe(parameters[key]);
      if (item) {
        items.push(item);
      }
    }
  }
  for (const [key, value] of Object.entries(parameters)) {
    if (!(key in known) && value !== undefined && value !== null) {
      items.push({ term: key, value: typeof value === 'object' ? JSON.stringify(value) : String(value) });
    }
  }
  return items;
}

function timingItems(job: Job): Definition[] {
  const unfinished = isJobActive(job.status) || job.status === 'PAUSED';
  // A running job's time runs until now; a stopped one's until it stopped.
  const duration = job.finishedAt
    ? elapsed(job.startedAt, job.finishedAt)
    : elapsed(job.startedAt, isJobActive(job.status) ? undefined : job.updatedAt);
  const items: Definition[] = [
    { term: 'Created', value: <DateText value={job.createdAt} format="datetime" size="sm" /> },
    { term: 'Started', value: <DateText value={job.startedAt} format="datetime" size="sm" fallback="Not yet" /> },
    {
      term: 'Finished',
      value: <DateText value={job.finishedAt} format="datetime" size="sm" fallback={unfinished ? 'Not yet' : '—'} />,
    },
    {
      term: job.finishedAt ? 'Took' : isJobActive(job.status) ? 'Running for' : 'Ran for',
      value: duration !== undefined ? formatDuration(duration) : '—',
    },
    { term: 'Attempts', value: formatCount(job.attempts) },
  ];
  if (job.createdBy) {
    items.push({ term: 'Started by', value: job.createdBy });
  }
  return items;
}

/** One job in full: status and progress, every counter, its parameters and timing, and its errors. */
export function JobDetails({ job, canControl, onAction, pending }: JobDetailsProps) {
  const TypeIcon = JOB_TYPE_ICONS[job.type] ?? IconFileImport;
  const typeLabel = JOB_TYPE_LABELS[job.type] ?? job.type;
  const subject = jobSubject(job);
  const counters = jobCounters(job);
  const parameters = parameterItems(job);

  return (
    <Stack gap="lg">
      <Card padding="lg" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Group gap="md" wrap="nowrap" align="center">
              <ThemeIcon variant="light" size={40} radius="md" aria-hidden="true">
                <TypeIcon size={22} stroke={1.6} />
              </ThemeIcon>
              <Stack gap={2}>
                <Group gap="sm">
                  <JobStatusBadge job={job} size="lg" />
                  {isJobActive(job.status) && (
                    <Group gap={6} wrap="nowrap">
                      <span className={classes.liveDot} aria-hidden="true" />
                      <Text size="xs" c="dimmed">
                        Updating live
                      </Text>
                    </Group>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {typeLabel}
                  {job.percent !== undefined && job.percent !== null ? ` · ${job.percent}% done` : ''}
                </Text>
              </Stack>
            </Group>
            {canControl && <JobActions job={job} onAction={onAction} pending={pending} size="sm" />}
          </Group>
          <JobProgress job={job} size="lg" label={`Progress of ${subject ?? typeLabel}`} />
          {job.message && (
            <Text size="sm" className={classes.message} data-testid="job-message">
              {job.message}
            </Text>
          )}
        </Stack>
      </Card>

      {counters.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" aria-label="Counters">
          {counters.map((counter) => (
            <Tooltip key={counter.key} label={counter.hint} disabled={!counter.hint} openDelay={300}>
              <div className={classes.counter} data-counter={counter.key}>
                <Text size="xs" c="dimmed" fw={500}>
                  {counter.label}
                </Text>
                <Text fz="xl" fw={650} className={classes.statValue}>
                  {counter.text}
                </Text>
              </div>
            </Tooltip>
          ))}
        </SimpleGrid>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card padding="lg" radius="md">
          <Title order={4} fz="md" mb="sm">
            Parameters
          </Title>
          {parameters.length > 0 ? (
            <Definitions items={parameters} />
          ) : (
            <Text size="sm" c="dimmed">
              None
            </Text>
          )}
        </Card>
        <Card padding="lg" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={4} fz="md">
              Timing
            </Title>
            {job.attempts > 1 && (
              <Badge variant="light" color="orange" radius="sm">
                Tried {formatCount(job.attempts)} times
              </Badge>
            )}
          </Group>
          <Definitions items={timingItems(job)} />
        </Card>
      </SimpleGrid>

      <JobErrors job={job} />
    </Stack>
  );
}
