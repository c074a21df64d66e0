import type { JobStatus } from '@/types/models';
import { JOB_STATUSES } from '@/types/models';

/**
 * The Sources screens keep their lists' state in the URL so a link or a reload shows the same view:
 * networks `?q=&page=&size=&sort=` (page 1-based; the API's is 0-based), jobs `?jobsPage=&jobStatus=`.
 */
export const NETWORK_PAGE_SIZES = [12, 24, 48] as const;
export const DEFAULT_NETWORK_PAGE_SIZE = 12;

export const NETWORK_SORTS = [
  { value: 'updatedAt,desc', label: 'Recently updated' },
  { value: 'lastCollectedAt,desc', label: 'Recently collected' },
  { value: 'name,asc', label: 'Name' },
  { value: 'nodeCount,desc', label: 'Most profiles' },
  { value: 'createdAt,desc', label: 'Newest' },
] as const;
export type NetworkSort = (typeof NETWORK_SORTS)[number]['value'];
export const DEFAULT_NETWORK_SORT: NetworkSort = 'updatedAt,desc';

export type NetworksView = { q: string; page: number; size: number; sort: NetworkSort };

export const JOBS_PAGE_SIZE = 10;
export type JobsView = { page: number; status?: JobStatus };

function positiveInt(value: string | null): number | undefined {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) && number >= 1 ? number : undefined;
}

export function parseNetworksView(params: URLSearchParams): NetworksView {
  const size = positiveInt(params.get('size'));
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    page: positiveInt(params.get('page')) ?? 1,
    size: size && (NETWORK_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_NETWORK_PAGE_SIZE,
    sort: NETWORK_SORTS.some((option) => option.value === sort) ? (sort as NetworkSort) : DEFAULT_NETWORK_SORT,
  };
}

export function parseJobsView(params: URLSearchParams): JobsView {
  const status = params.get('jobStatus');
  return {
    page: positiveInt(params.get('jobsPage')) ?? 1,
    status: (JOB_STATUSES as readonly string[]).includes(status ?? '') ? (status as JobStatus) : undefined,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | undefined, fallback: string) {
  if (value === undefined || value === fallback) {
    params.delete(key);
  } else {
    params.set(key, value);
  }
}

/** Writes the networks view into a copy of the query, leaving out defaults so links stay short. */
export function withNetworksView(current: URLSearchParams, view: NetworksView): URLSearchParams {
  const next = new URLSearchParams(current);
  setOrDelete(next, 'q', view.q, '');
  setOrDelete(next, 'page', String(view.page), '1');
  setOrDelete(next, 'size', String(view.size), String(DEFAULT_NETWORK_PAGE_SIZE));
  setOrDelete(next, 'sort', view.sort, DEFAULT_NETWORK_SORT);
  return next;
}

export function withJobsView(current: URLSearchParams, view: JobsView): URLSearchParams {
  const next = new URLSearchParams(current);
  setOrDelete(next, 'jobsPage', String(view.page), '1');
  setOrDelete(next, 'jobStatus', view.status, '');
  return next;
}
