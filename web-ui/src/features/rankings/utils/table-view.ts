import type { RankedProfilesQuery } from '@/types/ranking-models';

/**
 * The ranked table's view, kept in the URL so a strategist can share exactly what they see:
 * `?q=knit&page=2&size=50&sort=pagerank,desc&platform=bluesky,web&community=0&minFollowers=1000&maxFollowers=50000
 * &flagged=no&contact=yes&cols=score,pagerank,flags` (page is 1-based here; the API's is 0-based). Defaults are left
 * out, so a plain link stays short.
 */
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

export const SORT_FIELDS = [
  'rank',
  'label',
  'score',
  'pagerank',
  'personalized',
  'inDegree',
  'followers',
  'followersCount',
  'interactions',
  'betweenness',
  'harmonic',
  'coreness',
  'clustering',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export type TableSort = { field: SortField; direction: SortDirection };
export const DEFAULT_SORT: TableSort = { field: 'rank', direction: 'asc' };

/** Columns a person may show or hide; rank, profile and the selection box are always there. */
export const OPTIONAL_COLUMNS = [
  'score',
  'change',
  'followersCount',
  'followers',
  'pagerank',
  'personalized',
  'inDegree',
  'interactions',
  'betweenness',
  'harmonic',
  'coreness',
  'clustering',
  'community',
  'flags',
] as const;
export type ColumnKey = (typeof OPTIONAL_COLUMNS)[number];
export const DEFAULT_COLUMNS: ColumnKey[] = ['score', 'change', 'followersCount', 'pagerank', 'personalized', 'interactions', 'flags'];

export type TableView = {
  page: number;
  size: number;
  q: string;
  sort: TableSort;
  platforms: string[];
  community: number | null;
  minFollowers: number | null;
  maxFollowers: number | null;
  flagged: boolean | null;
  hasContact: boolean | null;
  shortlisted: boolean | null;
  columns: ColumnKey[];
};

export const DEFAULT_VIEW: TableView = {
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  q: '',
  sort: DEFAULT_SORT,
  platforms: [],
  community: null,
  minFollowers: null,
  maxFollowers: null,
  flagged: null,
  hasContact: null,
  shortlisted: null,
  columns: DEFAULT_COLUMNS,
};

const PLATFORM = /^[a-z0-9][a-z0-9-]{0,19}$/;

function parseWhole(value: string | null, min: number): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) {
    return null;
  }
  const number = Number.parseInt(value, 10);
  return Number.isSafeInteger(number) && number >= min ? number : null;
}

function parseYesNo(value: string | null): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

export function parseSort(value: string | null): TableSort {
  const [field, direction] = (value ?? '').split(',');
  if (!(SORT_FIELDS as readonly string[]).includes(field)) {
    return DEFAULT_SORT;
  }
  const sortField = field as SortField;
  if (direction === 'asc' || direction === 'desc') {
    return { field: sortField, direction };
  }
  return { field: sortField, direction: defaultDirection(sortField) };
}

export function formatSort(sort: TableSort): string {
  return `${sort.field},${sort.direction}`;
}

/** Rank and name read best from the top; every metric from the highest. */
export function defaultDirection(field: SortField): SortDirection {
  return field === 'rank' || field === 'label' ? 'asc' : 'desc';
}

function parseColumns(value: string | null): ColumnKey[] {
  if (value === null) {
    return DEFAULT_COLUMNS;
  }
  const wanted = value.split(',').filter((key): key is ColumnKey => (OPTIONAL_COLUMNS as readonly string[]).includes(key));
  // Keep the table's own order, whatever order the link had.
  return OPTIONAL_COLUMNS.filter((key) => wanted.includes(key));
}

export function parseTableView(params: URLSearchParams): TableView {
  const page = parseWhole(params.get('page'), 1);
  const size = parseWhole(params.get('size'), 1);
  return {
    page: page ?? 1,
    size: size !== null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    q: (params.get('q') ?? '').trim(),
    sort: parseSort(params.get('sort')),
    platforms: [...new Set((params.get('platform') ?? '').split(',').map((p) => p.trim().toLowerCase()).filter((p) => PLATFORM.test(p)))],
    community: parseWhole(params.get('community'), 0),
    minFollowers: parseWhole(params.get('minFollowers'), 0),
    maxFollowers: parseWhole(params.get('maxFollowers'), 0),
    flagged: parseYesNo(params.get('flagged')),
    hasContact: parseYesNo(params.get('contact')),
    shortlisted: parseYesNo(params.get('shortlisted')),
    columns: parseColumns(params.get('cols')),
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value === null || value === '') {
    params.delete(key);
  } else {
    params.set(key, value);
  }
}

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');
const sameColumns = (a: readonly ColumnKey[], b: readonly ColumnKey[]) => a.length === b.length && a.every((key, i) => key === b[i]);

/** Writes the view into a copy of the current query (other parameters stay), leaving defaults out. */
export function withTableView(current: URLSearchParams, view: TableView): URLSearchParams {
  const next = new URLSearchParams(current);
  setOrDelete(next, 'q', view.q);
  setOrDelete(next, 'page', view.page === 1 ? null : String(view.page));
  setOrDelete(next, 'size', view.size === DEFAULT_PAGE_SIZE ? null : String(view.size));
  setOrDelete(next, 'sort', view.sort.field === DEFAULT_SORT.field && view.sort.direction === DEFAULT_SORT.direction ? null : formatSort(view.sort));
  setOrDelete(next, 'platform', view.platforms.join(','));
  setOrDelete(next, 'community', view.community === null ? null : String(view.community));
  setOrDelete(next, 'minFollowers', view.minFollowers === null ? null : String(view.minFollowers));
  setOrDelete(next, 'maxFollowers', view.maxFollowers === null ? null : String(view.maxFollowers));
  setOrDelete(next, 'flagged', yesNo(view.flagged));
  setOrDelete(next, 'contact', yesNo(view.hasContact));
  setOrDelete(next, 'shortlisted', yesNo(view.shortlisted));
  const columns = OPTIONAL_COLUMNS.filter((key) => view.columns.includes(key));
  setOrDelete(next, 'cols', sameColumns(columns, DEFAULT_COLUMNS) ? null : columns.join(',') || 'none');
  return next;
}

/** The filters only (no paging, no sort, no columns): what the table and its CSV export share. */
export function toFilterQuery(view: TableView): RankedProfilesQuery {
  return {
    ...(view.q ? { q: view.q } : {}),
    ...(view.platforms.length ? { platform: view.platforms } : {}),
    ...(view.community !== null ? { community: view.community } : {}),
    ...(view.minFollowers !== null ? { minFollowers: view.minFollowers } : {}),
    ...(view.maxFollowers !== null ? { maxFollowers: view.maxFollowers } : {}),
    ...(view.flagged !== null ? { flagged: view.flagged } : {}),
    ...(view.hasContact !== null ? { hasContact: view.hasContact } : {}),
    ...(view.shortlisted !== null ? { shortlisted: view.shortlisted } : {}),
  };
}

/** The API query of one page of the table. */
export function toProfilesQuery(view: TableView): RankedProfilesQuery {
  return { ...toFilterQuery(view), sort: formatSort(view.sort), page: view.page - 1, size: view.size };
}

/** How many filters narrow the list (the search box not counted). */
export function activeFilterCount(view: TableView): number {
  return (
    (view.platforms.length ? 1 : 0) +
    (view.community !== null ? 1 : 0) +
    (view.minFollowers !== null || view.maxFollowers !== null ? 1 : 0) +
    (view.flagged !== null ? 1 : 0) +
    (view.hasContact !== null ? 1 : 0) +
    (view.shortlisted !== null ? 1 : 0)
  );
}

/** The view with every filter and the search cleared, back on page 1 (sort and columns stay). */
export function withoutFilters(view: TableView): TableView {
  return { ...view, q: '', platforms: [], community: null, minFollowers: null, maxFollowers: null, flagged: null, hasContact: null, shortlisted: null, page: 1 };
}

/** Clicking a header sorts by it; clicking the sorted header again flips the direction. */
export function toggleSort(current: TableSort, field: SortField): TableSort {
  if (current.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { field, direction: defaultDirection(field) };
}
