import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type ResetUserPasswordInput = { id: string; newPassword: string };

export function resetUserPassword({ id, newPassword }: ResetUserPasswordInput): Promise<void> {
  return unwrap(api.PUT('/api/users/{id}/password', { params: { path: { id } }, body: { newPassword } }));
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
