import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Shortlist } from '@/types/ranking-models';
import { useShortlistSaved } from './update-shortlist';

export type UpdateShortlistNoteInput = { id: string; profileId: string; note: string };

export function updateShortlistNote({ id, profileId, note }: UpdateShortlistNoteInput): Promise<Shortlist> {
  return unwrap(api.PATCH('/api/shortlists/{id}/items/{profileId}', { params: { path: { id, profileId } }, body: { note } }));
}

export function useUpdateShortlistNote() {
  const saved = useShortlistSaved();
  return useMutation({ mutationFn: updateShortlistNote, onSuccess: saved });
}
