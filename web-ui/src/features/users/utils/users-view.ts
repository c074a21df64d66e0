/**
 * The users table's view, kept in the URL query so a link or a reload shows the same page:
 * `?q=anna&page=2&size=50&sort=createdAt,desc` (page is 1-based here; the API's is 0-based).
 */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export const SORTABLE_FIELDS = ['email', 'displayName', 'role', 'createdAt'] as const;
export type SortField = (typeof SORTABLE_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export type UsersSort = { field: SortField; direction: SortDirection };

export const DEFAULT_SORT: UsersSort = { field: 'email', direction: 'asc' };

export type UsersView = { page: number; size: number; q: string; sort: UsersSort };

export function parseUsersView(params: URLSearchParams): UsersView {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const size = Number.parseInt(params.get('size') ?? '', 10);
  return {
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    q: (params.get('q') ?? '').trim(),
    sort: parseSort(params.get('sort')),
  };
}

function parseSort(value: string | null): UsersSort {
  const [field, direction] = (value ?? '').split(',');
  if ((SORTABLE_FIELDS as readonly string[]).includes(field)) {
    return { field: field as SortField, direction: direction === 'desc' ? 'desc' : 'asc' };
  }
  return DEFAULT_SORT;
}

export function formatSort(sort: UsersSort): string {
  return `${sort.field},${sort.direction}`;
}

/** Writes the view into a copy of the current query, leaving out defaults so links stay short. */
export function withUsersView(current: URLSearchParams, view: UsersView): URLSearchParams {
  const next = new URLSearchParams(current);
  setOrDelete(next, 'q', view.q, '');
  setOrDelete(next, 'page', String(view.page), '1');
  setOrDelete(next, 'size', String(view.size), String(DEFAULT_PAGE_SIZE));
  setOrDelete(next, 'sort', formatSort(view.sort), formatSort(DEFAULT_SORT));
  return next;
}

function setOrDelete(params: URLSearchParams, key: string, value: string, fallback: string) {
  if (value === fallback) {
    params.delete(key);
  } else {
    params.set(key, value);
  }
}

/** Clicking a header sorts by it; clicking the sorted header again flips the direction. */
export function toggleSort(current: UsersSort, field: SortField): UsersSort {
  if (current.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { field, direction: field === 'createdAt' ? 'desc' : 'asc' };
}
