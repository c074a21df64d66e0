import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Shortlist } from '@/types/ranking-models';

export const shortlistsKeys = {
  all: ['shortlists'] as const,
  lists: () => ['shortlists', 'list'] as const,
  list: (networkId: string | undefined, page: number, size: number) => ['shortlists', 'list', networkId ?? '', page, size] as const,
  detail: (id: string) => ['shortlists', 'detail', id] as const,
  /** Under lists(): every change to a shortlist refreshes it too. */
  containing: (profileId: string) => ['shortlists', 'list', 'containing', profileId] as const,
};

export type ShortlistList = {
  shortlists: Shortlist[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
};

/** Shortlists, most recently changed first, without their items (page is 0-based). */
export async function getShortlists(networkId?: string, page = 0, size = 50): Promise<ShortlistList> {
  const data = await unwrap(
    api.GET('/api/shortlists', { params: { query: { page, size, ...(networkId ? { networkId } : {}) } } }),
  );
  const shortlists = data.content ?? [];
  const totalElements = data.page?.totalElements ?? shortlists.length;
  return {
    shortlists,
    page: {
      number: data.page?.number ?? page,
      size: data.page?.size ?? size,
      totalElements,
      totalPages: data.page?.totalPages ?? Math.ceil(totalElements / size),
    },
  };
}

export const shortlistsQueryOptions = (networkId?: string, page = 0, size = 50) =>
  queryOptions({
    queryKey: shortlistsKeys.list(networkId, page, size),
    queryFn: () => getShortlists(networkId, page, size),
    placeholderData: keepPreviousData,
  });

export function useShortlists(networkId?: string, page = 0, size = 50, enabled = true) {
  return useQuery({ ...shortlistsQueryOptions(networkId, page, size), enabled });
}
