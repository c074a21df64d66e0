import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RankedProfileDetails } from '@/types/ranking-models';
import { rankingsKeys } from './get-ranking-runs';

/** A ranked profile and why it ranks where it does (404 `profile-not-in-run` when the run's scope left it out). */
export function getRankedProfile(runId: string, profileId: string): Promise<RankedProfileDetails> {
  return unwrap(api.GET('/api/rankings/{runId}/profiles/{profileId}', { params: { path: { runId, profileId } } }));
}

export const rankedProfileQueryOptions = (runId: string, profileId: string) =>
  queryOptions({
    queryKey: rankingsKeys.profile(runId, profileId),
    queryFn: () => getRankedProfile(runId, profileId),
    staleTime: 5 * 60_000,
  });

export function useRankedProfile(runId: string, profileId: string) {
  return useQuery(rankedProfileQueryOptions(runId, profileId));
}
