import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RankedProfile, RankedProfilesPage } from '@/types/ranking-models';
import { toProfilesQuery, type TableView } from '../utils/table-view';
import { rankingsKeys } from './get-ranking-runs';

export type RankedProfileList = {
  profiles: RankedProfile[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
};

export function toRankedProfileList(data: RankedProfilesPage, view: TableView): RankedProfileList {
  const profiles = data.content ?? [];
  const size = data.page?.size ?? view.size;
  const totalElements = data.page?.totalElements ?? profiles.length;
  return {
    profiles,
    page: {
      number: data.page?.number ?? view.page - 1,
      size,
      totalElements,
      totalPages: data.page?.totalPages ?? Math.ceil(totalElements / size),
    },
  };
}

/** One page of a completed run's ranked table (409 `ranking-run-not-complete` while it still computes). */
export async function getRankedProfiles(runId: string, view: TableView): Promise<RankedProfileList> {
  const data = await unwrap(
    api.GET('/api/rankings/{runId}/profiles', { params: { path: { runId }, query: toProfilesQuery(view) } }),
  );
  return toRankedProfileList(data, view);
}

/** The view without its columns: showing a column must not fetch again. */
function queryPart(view: TableView) {
  const { columns: _columns, ...rest } = view;
  return rest;
}

export const rankedProfilesQueryOptions = (runId: string, view: TableView) =>
  queryOptions({
    queryKey: [...rankingsKeys.profiles(runId), queryPart(view)],
    queryFn: () => getRankedProfiles(runId, view),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

export function useRankedProfiles(runId: string, view: TableView, enabled = true) {
  return useQuery({ ...rankedProfilesQueryOptions(runId, view), enabled });
}
