import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { shortlistsKeys } from './get-shortlists';

export function deleteShortlist(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/shortlists/{id}', { params: { path: { id } } }));
}

export function useDeleteShortlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteShortlist,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: shortlistsKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: shortlistsKeys.lists() });
    },
  });
}
