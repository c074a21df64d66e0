import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { GraphView } from '@/types/ranking-models';
import { rankingsKeys } from './get-ranking-runs';

export const MAP_TOP_DEFAULT = 300;
export const MAP_TOP_MIN = 50;
export const MAP_TOP_MAX = 1000;

/** The run's top profiles by score and the edges among them. */
export function getNetworkMap(runId: string, top = MAP_TOP_DEFAULT): Promise<GraphView> {
  return unwrap(api.GET('/api/rankings/{runId}/map', { params: { path: { runId }, query: { top } } }));
}

export const networkMapQueryOptions = (runId: string, top = MAP_TOP_DEFAULT) =>
  queryOptions({
    queryKey: rankingsKeys.map(runId, top),
    queryFn: () => getNetworkMap(runId, top),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

export function useNetworkMap(runId: string, top = MAP_TOP_DEFAULT, enabled = true) {
  return useQuery({ ...networkMapQueryOptions(runId, top), enabled });
}
