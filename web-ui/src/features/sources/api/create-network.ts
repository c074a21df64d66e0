import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreateNetworkBody, NetworkSummary } from '@/types/models';
import { networksKeys } from './get-networks';

export function createNetwork(body: CreateNetworkBody): Promise<NetworkSummary> {
  return unwrap(api.POST('/api/networks', { body }));
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetwork,
    onSuccess: (network) => {
      queryClient.setQueryData(networksKeys.detail(network.id), network);
      return queryClient.invalidateQueries({ queryKey: networksKeys.all });
    },
  });
}
