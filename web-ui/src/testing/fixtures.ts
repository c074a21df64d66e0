import type { Job, NetworkSummary, User } from '@/types/models';

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

let nextJob = 1;

export function aNetwork(overrides: Partial<NetworkSummary> = {}): NetworkSummary {
  return {
    id: 'n-1',
    name: 'Slow fashion',
    description: 'Accounts around slow fashion and repair.',
    profileCount: 1234,
    edgeCounts: { follows: 5000, reposts: 120, mentions: 45, links: 0 },
    edgeCount: 5165,
    createdBy: 'admin@reachgraph.test',
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-01-12T09:00:00Z',
    lastCollectedAt: '2026-01-12T09:00:00Z',
    ...overrides,
  };
}

export function aJob(overrides: Partial<Job> = {}): Job {
  const id = `j-${nextJob++}`;
  return {
    id,
    type: 'IMPORT',
    networkId: 'n-1',
    status: 'RUNNING',
    createdBy: 'admin@reachgraph.test',
    createdAt: '2026-01-12T09:00:00Z',
    startedAt: '2026-01-12T09:00:02Z',
    updatedAt: '2026-01-12T09:00:10Z',
    progress: { records: 12345, bytesRead: 1048576, edgesRead: 12000, profilesRead: 0, rejected: 2, nodes: 800, edges: 11990 },
    percent: 42,
    message: 'Importing edges.csv: 12,345 records (42%)',
    errors: [],
    errorCount: 0,
    attempts: 1,
    parameters: { originalName: 'edges.csv', format: 'CSV_EDGES', platform: 'bluesky', defaultKind: 'FOLLOWS' },
    hasRejectedRows: false,
    ...overrides,
  };
}

export function page<T>(content: T[], { number = 0, size = 20, totalElements = content.length } = {}) {
  return { content, page: { size, number, totalElements, totalPages: Math.ceil(totalElements / size) } };
}
