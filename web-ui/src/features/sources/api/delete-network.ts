import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { networksKeys } from './get-networks';

export function deleteNetwork(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/networks/{id}', { params: { path: { id } } }));
}

export function useDeleteNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteNetwork,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: networksKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: networksKeys.all });
    },
  });
}
