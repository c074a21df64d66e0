import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Shortlist, UpdateShortlistBody } from '@/types/ranking-models';
import { shortlistsKeys } from './get-shortlists';

export type UpdateShortlistInput = { id: string; changes: UpdateShortlistBody };

export function updateShortlist({ id, changes }: UpdateShortlistInput): Promise<Shortlist> {
  return unwrap(api.PATCH('/api/shortlists/{id}', { params: { path: { id } }, body: changes }));
}

/** Every change to a shortlist answers with the whole list: the cache takes it as is. */
export function useShortlistSaved() {
  const queryClient = useQueryClient();
  return (shortlist: Shortlist) => {
    queryClient.setQueryData(shortlistsKeys.detail(shortlist.id), shortlist);
    return queryClient.invalidateQueries({ queryKey: shortlistsKeys.lists() });
  };
}

export function useUpdateShortlist() {
  const saved = useShortlistSaved();
  return useMutation({ mutationFn: updateShortlist, onSuccess: saved });
}
