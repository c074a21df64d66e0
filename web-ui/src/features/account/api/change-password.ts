import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ChangePasswordBody } from '@/types/models';

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return unwrap(api.PUT('/api/me/password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
