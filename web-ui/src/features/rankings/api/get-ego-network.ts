import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { GraphView } from '@/types/ranking-models';
import { rankingsKeys } from './get-ranking-runs';

export const EGO_LIMIT = 40;

/** A profile's strongest neighbours (by rank) and the edges among them; the profile itself comes first. */
export function getEgoNetwork(runId: string, profileId: string, limit = EGO_LIMIT): Promise<GraphView> {
  return unwrap(
    api.GET('/api/rankings/{runId}/profiles/{profileId}/ego', { params: { path: { runId, profileId }, query: { limit } } }),
  );
}

export const egoNetworkQueryOptions = (runId: string, profileId: string, limit = EGO_LIMIT) =>
  queryOptions({
    queryKey: rankingsKeys.ego(runId, profileId, limit),
    queryFn: () => getEgoNetwork(runId, profileId, limit),
    staleTime: 5 * 60_000,
  });

export function useEgoNetwork(runId: string, profileId: string, limit = EGO_LIMIT) {
  return useQuery(egoNetworkQueryOptions(runId, profileId, limit));
}
