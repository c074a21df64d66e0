import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Shortlist } from '@/types/ranking-models';
import { shortlistsKeys } from './get-shortlists';

export function getShortlist(id: string): Promise<Shortlist> {
  return unwrap(api.GET('/api/shortlists/{id}', { params: { path: { id } } }));
}

export const shortlistQueryOptions = (id: string) =>
  queryOptions({ queryKey: shortlistsKeys.detail(id), queryFn: () => getShortlist(id) });

/** One shortlist with its profiles and notes. */
export function useShortlist(id: string | undefined | null) {
  return useQuery({ ...shortlistQueryOptions(id ?? ''), enabled: !!id });
}
