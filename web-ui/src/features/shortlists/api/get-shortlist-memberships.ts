import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ShortlistMembership } from '@/types/ranking-models';
import { shortlistsKeys } from './get-shortlists';

/** The shortlists a profile is on, with its note on each. */
export function getShortlistMemberships(profileId: string): Promise<ShortlistMembership[]> {
  return unwrap(api.GET('/api/shortlists/containing', { params: { query: { profileId } } }));
}

export const shortlistMembershipsQueryOptions = (profileId: string) =>
  queryOptions({ queryKey: shortlistsKeys.containing(profileId), queryFn: () => getShortlistMemberships(profileId) });

export function useShortlistMemberships(profileId: string) {
  return useQuery({ ...shortlistMembershipsQueryOptions(profileId), enabled: !!profileId });
}
