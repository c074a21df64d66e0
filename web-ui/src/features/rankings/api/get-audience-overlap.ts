import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import type { AudienceOverlap } from '@/types/ranking-models';
import { rankingsKeys } from './get-ranking-runs';

export type OverlapResult = AudienceOverlap & {
  /** Asked-for profiles the run's scope leaves out (left out of the comparison). */
  outsideScope: string[];
};

const NOT_IN_RUN = /Profile '(.+)' is not in this ranking run/;

/**
 * Audience overlap of profiles in a run (shared followers, Jaccard per pair, the best set of k). The server refuses
 * the whole request when one profile is outside the run's scope, so such profiles are dropped and the call repeated.
 */
export async function getAudienceOverlap(runId: string, profileIds: readonly string[], k = 5): Promise<OverlapResult> {
  let ids = [...new Set(profileIds)];
  const outsideScope: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const data = await unwrap(
        api.POST('/api/rankings/{runId}/overlap', { params: { path: { runId } }, body: { profileIds: ids, k } }),
      );
      return { ...data, outsideScope };
    } catch (error) {
      const missing = isApiError(error) && error.is('profile-not-in-run') ? NOT_IN_RUN.exec(error.detail ?? '')?.[1] : undefined;
      if (!missing || !ids.includes(missing) || ids.length <= 2) {
        throw error;
      }
      ids = ids.filter((id) => id !== missing);
      outsideScope.push(missing);
    }
  }
  throw new Error('Too many profiles are outside this ranking’s scope.');
}

export const audienceOverlapQueryOptions = (runId: string, profileIds: readonly string[]) =>
  queryOptions({
    queryKey: rankingsKeys.overlap(runId, profileIds),
    queryFn: () => getAudienceOverlap(runId, profileIds),
    staleTime: 5 * 60_000,
  });

export function useAudienceOverlap(runId: string, profileIds: readonly string[], enabled = true) {
  return useQuery({ ...audienceOverlapQueryOptions(runId, profileIds), enabled: enabled && profileIds.length >= 2 });
}
