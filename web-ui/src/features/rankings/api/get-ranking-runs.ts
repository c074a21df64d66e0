import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RankingRun, RankingRunsPage } from '@/types/ranking-models';
import { isRunActive, RUN_POLL_MS } from '../utils/run-status';

export const rankingsKeys = {
  all: ['rankings'] as const,
  runs: (networkId: string) => ['rankings', 'runs', networkId] as const,
  runsPage: (networkId: string, page: number, size: number) => ['rankings', 'runs', networkId, page, size] as const,
  run: (runId: string) => ['rankings', 'run', runId] as const,
  job: (jobId: string) => ['rankings', 'job', jobId] as const,
  profiles: (runId: string) => ['rankings', 'profiles', runId] as const,
  profile: (runId: string, profileId: string) => ['rankings', 'profile', runId, profileId] as const,
  ego: (runId: string, profileId: string, limit: number) => ['rankings', 'ego', runId, profileId, limit] as const,
  map: (runId: string, top: number) => ['rankings', 'map', runId, top] as const,
  compare: (runId: string, top: number) => ['rankings', 'compare', runId, top] as const,
  overlap: (runId: string, profileIds: readonly string[]) => ['rankings', 'overlap', runId, profileIds] as const,
};

export type RankingRunList = {
  runs: RankingRun[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
};

export function toRankingRunList(data: RankingRunsPage, page: number, size: number): RankingRunList {
  const runs = data.content ?? [];
  const totalElements = data.page?.totalElements ?? runs.length;
  return {
    runs,
    page: {
      number: data.page?.number ?? page,
      size: data.page?.size ?? size,
      totalElements,
      totalPages: data.page?.totalPages ?? Math.ceil(totalElements / size),
    },
  };
}

/** A network's ranking runs, newest first (page is 0-based). */
export async function getRankingRuns(networkId: string, page = 0, size = 20): Promise<RankingRunList> {
  const data = await unwrap(
    api.GET('/api/networks/{networkId}/rankings', { params: { path: { networkId }, query: { page, size } } }),
  );
  return toRankingRunList(data, page, size);
}

export const rankingRunsQueryOptions = (networkId: string, page = 0, size = 20) =>
  queryOptions({
    queryKey: rankingsKeys.runsPage(networkId, page, size),
    queryFn: () => getRankingRuns(networkId, page, size),
    placeholderData: keepPreviousData,
    // Live while a run of the list is still computing.
    refetchInterval: (query) => (query.state.data?.runs.some((run) => isRunActive(run)) ? RUN_POLL_MS : false),
  });

export function useRankingRuns(networkId: string | undefined, page = 0, size = 20) {
  return useQuery({ ...rankingRunsQueryOptions(networkId ?? '', page, size), enabled: !!networkId });
}
