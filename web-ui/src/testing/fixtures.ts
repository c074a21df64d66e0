import type { User } from '@/types/models';

let next = 1;

export function aUser(overrides: Partial<User> = {}): User {
  const id = String(next++);
  return {
    id: `u-${id}`,
    email: `person${id}@reachgraph.test`,
    displayName: `Person ${id}`,
    role: 'STRATEGIST',
    active: true,
    createdAt: '2026-01-15T10:00:00Z',
    updatedAt: '2026-01-15T10:00:00Z',
    ...overrides,
  };
}

export const admin = aUser({ id: 'admin-1', email: 'admin@reachgraph.test', displayName: 'Ada Admin', role: 'ADMIN' });

export function usersPage(users: User[], { number = 0, size = 20, totalElements = users.length } = {}) {
  return { content: users, page: { size, number, totalElements, totalPages: Math.ceil(totalElements / size) } };
}
