import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NetworkSummary } from '@/types/models';
import { networksKeys } from './get-networks';

export function getNetwork(id: string): Promise<NetworkSummary> {
  return unwrap(api.GET('/api/networks/{id}', { params: { path: { id } } }));
}

/** Polls while a job writes to the network, so its counts grow on screen. */
export const NETWORK_POLL_MS = 2000;

export const networkQueryOptions = (id: string) =>
  queryOptions({
    queryKey: networksKeys.detail(id),
    queryFn: () => getNetwork(id),
    refetchInterval: (query) => (query.state.data?.writingJob ? NETWORK_POLL_MS : false),
  });

export function useNetwork(id: string, enabled = true) {
  return useQuery({ ...networkQueryOptions(id), enabled: enabled && id !== '' });
}
