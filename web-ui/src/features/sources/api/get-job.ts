import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { Job } from '@/types/models';
import { isJobActive } from '../utils/job-status';
import { JOB_POLL_MS, jobsKeys, useRefreshOnJobChanges } from './get-jobs';

export function getJob(id: string): Promise<Job> {
  return unwrap(api.GET('/api/jobs/{id}', { params: { path: { id } } }));
}

export const jobQueryOptions = (id: string) =>
  queryOptions({
    queryKey: jobsKeys.detail(id),
    queryFn: () => getJob(id),
    staleTime: 1000,
    refetchInterval: (query) => (isJobActive(query.state.data?.status) ? JOB_POLL_MS : false),
  });

export function useJob(id: string) {
  const query = useQuery(jobQueryOptions(id));
  const job = query.data;
  const seen = useMemo(() => (job ? [job] : undefined), [job]);
  useRefreshOnJobChanges(seen);
  return query;
}
