import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { CreateShortlistBody, Shortlist } from '@/types/ranking-models';
import { shortlistsKeys } from './get-shortlists';

export function createShortlist(body: CreateShortlistBody): Promise<Shortlist> {
  return unwrap(api.POST('/api/shortlists', { body }));
}

export function useCreateShortlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShortlist,
    onSuccess: (shortlist) => {
      queryClient.setQueryData(shortlistsKeys.detail(shortlist.id), shortlist);
      return queryClient.invalidateQueries({ queryKey: shortlistsKeys.lists() });
    },
  });
}
