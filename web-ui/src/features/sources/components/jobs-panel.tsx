import { Card, Group, LoadingOverlay, Pagination, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import { JOB_STATUSES, type JobStatus } from '@/types/models';
import { networkQueryOptions } from '../api/get-network';
import { useJobs } from '../api/get-jobs';
import { formatCount } from '../utils/format';
import { JOB_STATUS_LOOK, isJobActive } from '../utils/job-status';
import { JOBS_PAGE_SIZE, parseJobsView, withJobsView, type JobsView } from '../utils/sources-view';
import { useJobControl } from './job-actions';
import { JobsTable } from './jobs-table';
import classes from './sources.module.css';

type JobsPanelProps = {
  /** One network's jobs; all networks' when left out (their names are shown then). */
  networkId?: string;
  canControl: boolean;
  title?: string;
  /** What the empty list says to do. */
  emptyHint?: ReactNode;
};

const STATUS_OPTIONS = [
  { value: '', label: 'All statuses' },
  ...JOB_STATUSES.map((status) => ({ value: status, label: JOB_STATUS_LOOK[status].label })),
];

/** Jobs, newest first, kept up to date every 1.5 s while any of them is queued or running. */
export function JobsPanel({ networkId, canControl, title = 'Jobs', emptyHint }: JobsPanelProps) {
  const [params, setParams] = useSearchParams();
  const view = parseJobsView(params);
  const jobs = useJobs({ networkId, status: view.status, page: view.page, size: JOBS_PAGE_SIZE });
  const control = useJobControl();
  const setView = (next: Partial<JobsView>) =>
    setParams((current) => withJobsView(current, { ...parseJobsView(current), ...next }), { replace: true, preventScrollReset: true });

  const rows = useMemo(() => jobs.data?.jobs ?? [], [jobs.data]);
  const networkIds = useMemo(
    () => (networkId ? [] : [...new Set(rows.map((job) => job.networkId))]),
    [networkId, rows],
  );
  const networks = useQueries({
    queries: networkIds.map((id) => ({ ...networkQueryOptions(id), refetchInterval: false as const })),
  });
  const networkNames = networkId
    ? undefined
    : Object.fromEntries(networkIds.map((id, index) => [id, networks[index]?.data?.name ?? (networks[index]?.isError ? 'Deleted network' : undefined)]));

  const page = jobs.data?.page;
  const live = rows.some((job) => isJobActive(job.status));

  // A page past the end (from an old link, or after jobs were filtered): go to the last one.
  const lastPage = page?.totalPages ?? 0;
  useEffect(() => {
    if (lastPage > 0 && view.page > lastPage) {
      setParams((current) => withJobsView(current, { ...parseJobsView(current), page: lastPage }), { replace: true });
    }
  }, [lastPage, view.page, setParams]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Group gap="sm" align="center">
          <Title order={3} fz="h4">
            {title}
          </Title>
          {live && (
            <Group gap={6} wrap="nowrap">
              <span className={classes.liveDot} aria-hidden="true" />
              <Text size="xs" c="dimmed">
                Updating live
              </Text>
            </Group>
          )}
        </Group>
        <Select
          size="xs"
          w={150}
          aria-label="Show jobs with status"
          data={STATUS_OPTIONS}
          value={view.status ?? ''}
          allowDeselect={false}
          onChange={(value) => setView({ status: (value || undefined) as JobStatus | undefined, page: 1 })}
        />
      </Group>

      {jobs.isError ? (
        <QueryError error={jobs.error} onRetry={() => jobs.refetch()} />
      ) : (
        <Card withBorder padding={0} radius="md" pos="relative" aria-label={title} component="section">
          <LoadingOverlay
            visible={jobs.isPlaceholderData}
            overlayProps={{ blur: 0, backgroundOpacity: 0.4 }}
            loaderProps={{ size: 'sm' }}
          />
          {jobs.isPending ? (
            <Stack p="md" gap="sm" aria-label="Loading jobs">
              {Array.from({ length: 3 }, (_, index) => (
                <Skeleton key={index} height={36} radius="sm" />
              ))}
            </Stack>
          ) : rows.length === 0 ? (
            <EmptyState
              icon={<IconHistory size={28} />}
              title={view.status ? `No ${JOB_STATUS_LOOK[view.status].label.toLowerCase()} jobs` : 'No imports or collections yet'}
              description={view.status ? 'Choose “All statuses” to see every job.' : emptyHint}
            />
          ) : (
            <JobsTable
              jobs={rows}
              canControl={canControl}
              networkNames={networkNames}
              onAction={control.request}
              pending={control.pending}
            />
          )}
        </Card>
      )}

      {page && page.totalPages > 1 && (
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {formatCount(page.number * page.size + 1)}–{formatCount(page.number * page.size + rows.length)} of{' '}
            {formatCount(page.totalElements)} jobs
          </Text>
          <Pagination
            size="sm"
            total={page.totalPages}
            value={Math.min(view.page, page.totalPages)}
            onChange={(next) => setView({ page: next })}
            getControlProps={(item) => ({ 'aria-label': `${item} page of jobs` })}
          />
        </Group>
      )}
      {control.dialog}
    </Stack>
  );
}
