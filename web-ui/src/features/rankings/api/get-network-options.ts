import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NetworkOption } from '@/types/ranking-models';

export const networkOptionsKeys = {
  all: ['ranking-networks'] as const,
  list: () => ['ranking-networks', 'list'] as const,
  detail: (id: string) => ['ranking-networks', 'detail', id] as const,
};

/** The networks to rank, by name (the first hundred: enough for a picker). */
export async function getNetworkOptions(): Promise<NetworkOption[]> {
  const data = await unwrap(api.GET('/api/networks', { params: { query: { page: 0, size: 100, sort: ['name,asc'] } } }));
  return data.content ?? [];
}

export const networkOptionsQueryOptions = () =>
  queryOptions({ queryKey: networkOptionsKeys.list(), queryFn: getNetworkOptions });

export function useNetworkOptions() {
  return useQuery(networkOptionsQueryOptions());
}
