import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RankingJob } from '@/types/ranking-models';
import { RUN_POLL_MS } from '../utils/run-status';
import { rankingsKeys } from './get-ranking-runs';

export function getRankingJob(jobId: string): Promise<RankingJob> {
  return unwrap(api.GET('/api/jobs/{id}', { params: { path: { id: jobId } } }));
}

const active = (job: RankingJob | undefined) => job?.status === 'QUEUED' || job?.status === 'RUNNING';

export const rankingJobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: rankingsKeys.job(jobId),
    queryFn: () => getRankingJob(jobId),
    staleTime: 1_000,
    refetchInterval: (query) => (query.state.data === undefined || active(query.state.data) ? RUN_POLL_MS : false),
  });

/** The job computing a run: its percent and current step, polled while it works. */
export function useRankingJob(jobId: string | undefined, enabled = true) {
  return useQuery({ ...rankingJobQueryOptions(jobId ?? ''), enabled: enabled && !!jobId });
}
