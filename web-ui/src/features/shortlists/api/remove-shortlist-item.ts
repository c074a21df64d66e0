import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Shortlist } from '@/types/ranking-models';
import { useShortlistSaved } from './update-shortlist';

export type RemoveShortlistItemInput = { id: string; profileId: string };

export function removeShortlistItem({ id, profileId }: RemoveShortlistItemInput): Promise<Shortlist> {
  return unwrap(api.DELETE('/api/shortlists/{id}/items/{profileId}', { params: { path: { id, profileId } } }));
}

export function useRemoveShortlistItem() {
  const saved = useShortlistSaved();
  return useMutation({ mutationFn: removeShortlistItem, onSuccess: saved });
}
