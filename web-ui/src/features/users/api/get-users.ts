import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { User, UsersPage } from '@/types/models';
import { formatSort, type UsersView } from '../utils/users-view';

export const usersKeys = {
  all: ['users'] as const,
  list: (view: UsersView) => ['users', 'list', view] as const,
};

/** One page of users with its position, every number present (the API document marks them optional). */
export type UserList = {
  users: User[];
  page: { number: number; size: number; totalElements: number; totalPages: number };
};

export function toUserList(data: UsersPage, view: UsersView): UserList {
  const users = data.content ?? [];
  const size = data.page?.size ?? view.size;
  const totalElements = data.page?.totalElements ?? users.length;
  return {
    users,
    page: {
      number: data.page?.number ?? view.page - 1,
      size,
      totalElements,
      totalPages: data.page?.totalPages ?? Math.ceil(totalElements / size),
    },
  };
}

export async function getUsers(view: UsersView): Promise<UserList> {
  const data = await unwrap(
    api.GET('/api/users', {
      params: {
        query: {
          page: view.page - 1,
          size: view.size,
          sort: [formatSort(view.sort)],
          ...(view.q ? { q: view.q } : {}),
        },
      },
    }),
  );
  return toUserList(data, view);
}

export const usersQueryOptions = (view: UsersView) =>
  queryOptions({
    queryKey: usersKeys.list(view),
    queryFn: () => getUsers(view),
    placeholderData: keepPreviousData,
  });

export function useUsers(view: UsersView, enabled = true) {
  return useQuery({ ...usersQueryOptions(view), enabled });
}
