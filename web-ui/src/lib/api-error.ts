/** One field's validation message from a problem's `errors` array. */
export type FieldError = { field: string; message: string };

/** RFC 9457 problem details as the backend sends them (application/problem+json). */
export type ProblemDetail = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
};

/** The error every API call throws: a problem detail made typed, whatever the server actually sent. */
export class ApiError extends Error {
  readonly status: number;
  /** The problem `type`, e.g. `/problems/email-taken`; `about:blank` when the server sent none. */
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait, from a Retry-After header (429, 503), when one was sent. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem: ProblemDetail, retryAfterSeconds?: number) {
    const title = problem.title ?? defaultTitle(status);
    super(problem.detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when this is the problem type `/problems/<slug>`, wherever the type URI is rooted. */
  is(slug: string): boolean {
    return this.type === `/problems/${slug}` || this.type.endsWith(`/problems/${slug}`);
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  /** The field errors as a map of field name to its first message, ready for a form. */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const { field, message } of this.fieldErrors) {
      map[field] ??= message;
    }
    return map;
  }
}

/** Status 0: the request never got an HTTP answer (offline, server down, proxy refused). */
export const NETWORK_ERROR_STATUS = 0;

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(NETWORK_ERROR_STATUS, {
    type: 'about:blank',
    title: "Can't reach Reachgraph",
    detail: 'The server did not answer. Check your connection and try again.',
  });
  (error as { cause?: unknown }).cause = cause;
  return error;
}

/**
 * Turns a failed response and its (already read) body into an ApiError. Accepts a parsed problem object, the raw
 * text of a non-JSON body (an HTML error page from a proxy) or nothing at all.
 */
export function toApiError(response: Response, body: unknown): ApiError {
  return new ApiError(response.status, asProblem(body), parseRetryAfter(response.headers.get('Retry-After')));
}

/** Reads a failed response's body and turns it into an ApiError. */
export async function readApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return toApiError(response, body);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message fit to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    return error.message;
  }
  if (error instanceof Error && error.message) {
    return error.message;
  }
  return 'Something went wrong. Please try again.';
}

function asProblem(body: unknown): ProblemDetail {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return {};
  }
  const raw = body as Record<string, unknown>;
  return {
    type: stringOrUndefined(raw.type),
    title: stringOrUndefined(raw.title),
    status: typeof raw.status === 'number' ? raw.status : undefined,
    detail: stringOrUndefined(raw.detail),
    instance: stringOrUndefined(raw.instance),
    errors: Array.isArray(raw.errors) ? raw.errors.flatMap(asFieldError) : undefined,
  };
}

function asFieldError(value: unknown): FieldError[] {
  if (!value || typeof value !== 'object') {
    return [];
  }
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) {
    return undefined;
  }
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number.parseInt(trimmed, 10);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function defaultTitle(status: number): string {
  switch (status) {
    case 400:
      return 'The request was not valid';
    case 401:
      return 'Please sign in';
    case 403:
      return "You don't have access";
    case 404:
      return 'Not found';
    case 409:
      return 'Conflict';
    case 429:
      return 'Too many requests';
    default:
      return status >= 500 ? 'The server had a problem' : `Request failed (${status})`;
  }
}
