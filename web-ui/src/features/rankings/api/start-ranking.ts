import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RankingRun, StartRankingBody } from '@/types/ranking-models';
import { rankingsKeys } from './get-ranking-runs';

export type StartRankingInput = { networkId: string; body: StartRankingBody };

/** Starts a run (202): it computes as a job; the run comes back at once, QUEUED. */
export function startRanking({ networkId, body }: StartRankingInput): Promise<RankingRun> {
  return unwrap(api.POST('/api/networks/{networkId}/rankings', { params: { path: { networkId } }, body }));
}

export function useStartRanking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startRanking,
    onSuccess: (run) => {
      queryClient.setQueryData(rankingsKeys.run(run.id), run);
      return queryClient.invalidateQueries({ queryKey: rankingsKeys.runs(run.networkId) });
    },
  });
}
