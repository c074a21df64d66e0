import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RankComparison } from '@/types/ranking-models';
import { rankingsKeys } from './get-ranking-runs';

export const COMPARE_TOP_DEFAULT = 50;

/** Followers vs PageRank vs interactions: ranks side by side, Spearman correlations and top-N overlaps. */
export function getRankComparison(runId: string, top = COMPARE_TOP_DEFAULT): Promise<RankComparison> {
  return unwrap(api.GET('/api/rankings/{runId}/compare', { params: { path: { runId }, query: { top } } }));
}

export const rankComparisonQueryOptions = (runId: string, top = COMPARE_TOP_DEFAULT) =>
  queryOptions({
    queryKey: rankingsKeys.compare(runId, top),
    queryFn: () => getRankComparison(runId, top),
    staleTime: 5 * 60_000,
  });

export function useRankComparison(runId: string, top = COMPARE_TOP_DEFAULT, enabled = true) {
  return useQuery({ ...rankComparisonQueryOptions(runId, top), enabled });
}
