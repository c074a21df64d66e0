import createClient from 'openapi-fetch';
import type { paths } from '@/types/api';
import { networkError, toApiError } from './api-error';
import { CSRF_HEADER, csrfToken, fetchCsrfToken, needsCsrf } from './csrf';

/** Same-origin in the browser (Vite proxies /api in development); absolute so it also works under jsdom. */
export const API_ORIGIN = globalThis.location?.origin ?? '';

/** Looks fetch up at call time, so tests can stub the global. */
const fetcher: typeof fetch = (input, init) => globalThis.fetch(input, init);

async function withCsrf(request: Request, token: string | undefined): Promise<Request> {
  const headers = new Headers(request.headers);
  if (token) {
    headers.set(CSRF_HEADER, token);
  }
  return new Request(request, { headers });
}

/**
 * Sends one request: adds the CSRF header to unsafe methods and, when the server refuses one with 403 (an expired or
 * rotated token, e.g. right after signing in), fetches a fresh token and tries once more.
 */
export async function apiFetch(request: Request): Promise<Response> {
  try {
    if (!needsCsrf(request.method)) {
      return await fetcher(request);
    }
    const retry = request.clone();
    const response = await fetcher(await withCsrf(request, await csrfToken(API_ORIGIN, fetcher)));
    if (response.status !== 403) {
      return response;
    }
    const fresh = await fetchCsrfToken(API_ORIGIN, fetcher);
    return fresh ? await fetcher(await withCsrf(retry, fresh)) : response;
  } catch (error) {
    throw networkError(error);
  }
}

/** The typed client for Reachgraph's API; paths and bodies come from the generated OpenAPI types. */
export const api = createClient<paths>({
  baseUrl: API_ORIGIN,
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
  fetch: apiFetch,
});

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Resolves to the data of a successful call; throws an ApiError made from the problem otherwise. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw toApiError(response, error);
  }
  return data as T;
}
