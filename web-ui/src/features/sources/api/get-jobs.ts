import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { Job, JobStatus, JobsPage } from '@/types/models';
import { isJobActive } from '../utils/job-status';
import { JOBS_PAGE_SIZE } from '../utils/sources-view';
import { networksKeys } from './get-networks';

/** Which jobs a list shows: all, or one network's; optionally one status. `page` is 1-based. */
export type JobsFilter = { networkId?: string; status?: JobStatus; page: number; size?: number };

export const jobsKeys = {
  all: ['jobs'] as const,
  lists: () => ['jobs', 'list'] as const,
  list: (filter: JobsFilter) => ['jobs', 'list', filter] as const,
  detail: (id: string) => ['jobs', 'detail', id] as const,
};

/** How often screens showing a queued or running job ask for its progress. */
export const JOB_POLL_MS = 1500;

export type JobList = {
  jobs: Job[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
};

export function toJobList(data: JobsPage, filter: JobsFilter): JobList {
  const jobs = data.content ?? [];
  const size = data.page?.size ?? filter.size ?? JOBS_PAGE_SIZE;
  const totalElements = data.page?.totalElements ?? jobs.length;
  return {
    jobs,
    page: {
      number: data.page?.number ?? filter.page - 1,
      size,
      totalElements,
      totalPages: data.page?.totalPages ?? Math.ceil(totalElements / size),
    },
  };
}

export async function getJobs(filter: JobsFilter): Promise<JobList> {
  const data = await unwrap(
    api.GET('/api/jobs', {
      params: {
        query: {
          page: filter.page - 1,
          size: filter.size ?? JOBS_PAGE_SIZE,
          ...(filter.networkId ? { networkId: filter.networkId } : {}),
          ...(filter.status ? { status: filter.status } : {}),
        },
      },
    }),
  );
  return toJobList(data, filter);
}

export const jobsQueryOptions = (filter: JobsFilter) =>
  queryOptions({
    queryKey: jobsKeys.list(filter),
    queryFn: () => getJobs(filter),
    placeholderData: keepPreviousData,
    staleTime: 1000,
    refetchInterval: (query) => (query.state.data?.jobs.some((job) => isJobActive(job.status)) ? JOB_POLL_MS : false),
  });

/**
 * When a job seen before changes status (starts writing, finishes, fails), the networks' counts and "writing now"
 * marks are out of date, and so are other lists showing that job: refresh them.
 */
export function useRefreshOnJobChanges(jobs: readonly Job[] | undefined) {
  const queryClient = useQueryClient();
  const seen = useRef(new Map<string, JobStatus>());
  useEffect(() => {
    if (!jobs) {
      return;
    }
    let changed = false;
    for (const job of jobs) {
      const before = seen.current.get(job.id);
      if (before !== undefined && before !== job.status) {
        changed = true;
      }
      seen.current.set(job.id, job.status);
    }
    if (changed) {
      void queryClient.invalidateQueries({ queryKey: networksKeys.all });
      void queryClient.invalidateQueries({ queryKey: jobsKeys.all, refetchType: 'inactive' });
    }
  }, [jobs, queryClient]);
}

export function useJobs(filter: JobsFilter) {
  const query = useQuery(jobsQueryOptions(filter));
  useRefreshOnJobChanges(query.data?.jobs);
  return query;
}
