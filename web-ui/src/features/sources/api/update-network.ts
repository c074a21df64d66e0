import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { NetworkSummary, UpdateNetworkBody } from '@/types/models';
import { networksKeys } from './get-networks';

export type UpdateNetworkInput = { id: string; changes: UpdateNetworkBody };

export function updateNetwork({ id, changes }: UpdateNetworkInput): Promise<NetworkSummary> {
  return unwrap(api.PATCH('/api/networks/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNetwork,
    onSuccess: (network) => {
      queryClient.setQueryData(networksKeys.detail(network.id), network);
      return queryClient.invalidateQueries({ queryKey: networksKeys.all });
    },
  });
}
