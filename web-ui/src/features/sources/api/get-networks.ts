import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NetworkSummary, NetworksPage } from '@/types/models';
import type { NetworksView } from '../utils/sources-view';

export const networksKeys = {
  all: ['networks'] as const,
  list: (view: NetworksView) => ['networks', 'list', view] as const,
  detail: (id: string) => ['networks', 'detail', id] as const,
};

/** One page of networks with its position, every number present (the API document marks them optional). */
export type NetworkList = {
  networks: NetworkSummary[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
};

export function toNetworkList(data: NetworksPage, view: NetworksView): NetworkList {
  const networks = data.content ?? [];
  const size = data.page?.size ?? view.size;
  const totalElements = data.page?.totalElements ?? networks.length;
  return {
    networks,
    page: {
      number: data.page?.number ?? view.page - 1,
      size,
      totalElements,
      totalPages: data.page?.totalPages ?? Math.ceil(totalElements / size),
    },
  };
}

export async function getNetworks(view: NetworksView): Promise<NetworkList> {
  const data = await unwrap(
    api.GET('/api/networks', {
      params: {
        query: { page: view.page - 1, size: view.size, sort: [view.sort], ...(view.q ? { q: view.q } : {}) },
      },
    }),
  );
  return toNetworkList(data, view);
}

/** Polls while a job writes to one of the listed networks, so its counts grow on screen. */
export const NETWORKS_POLL_MS = 3000;

export const networksQueryOptions = (view: NetworksView) =>
  queryOptions({
    queryKey: networksKeys.list(view),
    queryFn: () => getNetworks(view),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.networks.some((network) => network.writingJob) ? NETWORKS_POLL_MS : false),
  });

export function useNetworks(view: NetworksView) {
  return useQuery(networksQueryOptions(view));
}
