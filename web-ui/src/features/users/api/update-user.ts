import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/auth-keys';
import type { UpdateUserBody, User } from '@/types/models';
import { usersKeys } from './get-users';

export type UpdateUserInput = { id: string; changes: UpdateUserBody };

export function updateUser({ id, changes }: UpdateUserInput): Promise<User> {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (updated) => {
      const me = queryClient.getQueryData<User | null>(ME_QUERY_KEY);
      if (me && me.id === updated.id) {
        queryClient.setQueryData(ME_QUERY_KEY, updated);
      }
      return queryClient.invalidateQueries({ queryKey: usersKeys.all });
    },
  });
}
