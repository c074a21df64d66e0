import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NetworkOption } from '@/types/ranking-models';
import { networkOptionsKeys } from './get-network-options';

export function getNetworkOption(id: string): Promise<NetworkOption> {
  return unwrap(api.GET('/api/networks/{id}', { params: { path: { id } } }));
}

export const networkOptionQueryOptions = (id: string) =>
  queryOptions({ queryKey: networkOptionsKeys.detail(id), queryFn: () => getNetworkOption(id) });

/** One network, e.g. to name the network of a run. */
export function useNetworkOption(id: string | undefined) {
  return useQuery({ ...networkOptionQueryOptions(id ?? ''), enabled: !!id });
}
