import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { AddShortlistItemsBody, Shortlist } from '@/types/ranking-models';
import { useShortlistSaved } from './update-shortlist';

export type AddShortlistItemsInput = { id: string; body: AddShortlistItemsBody };

/** Adds profiles; ones already on the list keep their note. */
export function addShortlistItems({ id, body }: AddShortlistItemsInput): Promise<Shortlist> {
  return unwrap(api.POST('/api/shortlists/{id}/items', { params: { path: { id } }, body }));
}

export function useAddShortlistItems() {
  const saved = useShortlistSaved();
  return useMutation({ mutationFn: addShortlistItems, onSuccess: saved });
}
