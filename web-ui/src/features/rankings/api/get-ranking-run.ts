import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { RankingRun } from '@/types/ranking-models';
import { isRunActive, RUN_POLL_MS } from '../utils/run-status';
import { rankingsKeys } from './get-ranking-runs';

export function getRankingRun(runId: string): Promise<RankingRun> {
  return unwrap(api.GET('/api/rankings/{runId}', { params: { path: { runId } } }));
}

export const rankingRunQueryOptions = (runId: string) =>
  queryOptions({
    queryKey: rankingsKeys.run(runId),
    queryFn: () => getRankingRun(runId),
    staleTime: 5_000,
    refetchInterval: (query) => (isRunActive(query.state.data) ? RUN_POLL_MS : false),
  });

/** One run, polled while it computes; when it completes, the network's run list is refreshed too. */
export function useRankingRun(runId: string | undefined) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...rankingRunQueryOptions(runId ?? ''), enabled: !!runId });
  const run = query.data;
  const wasComplete = useRef<boolean | undefined>(undefined);
  useEffect(() => {
    if (!run) {
      return;
    }
    if (wasComplete.current === false && run.complete) {
      void queryClient.invalidateQueries({ queryKey: rankingsKeys.runs(run.networkId) });
    }
    wasComplete.current = run.complete;
  }, [run, queryClient]);
  return query;
}
