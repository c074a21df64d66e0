import { vi } from 'vitest';

export type RecordedCall = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: string;
};

type Reply = Response | Promise<Response>;
export type Handler = (call: RecordedCall) => Reply;

/** A JSON response, or an RFC 9457 problem when status ≥ 400 and the body has a `type` or `title`. */
export function json(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204 || body === undefined) {
    return new Response(null, { status, headers });
  }
  const isProblem = status >= 400 && typeof body === 'object' && body !== null && ('type' in body || 'title' in body);
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...headers },
  });
}

export function problem(status: number, type: string, title: string, detail?: string, extra: Record<string, unknown> = {}) {
  return { type, title, status, detail, instance: '/api/test', ...extra };
}

/**
 * Replaces fetch with handlers keyed "METHOD /path" (query ignored for matching). Unknown requests fail the test
 * loudly with a 599, so a test never passes by accident. Every call is recorded, in order.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const call: RecordedCall = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: request.body ? await request.text() : '',
    };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    if (!handler) {
      return json(599, { title: `No mock for ${call.method} ${call.path}` });
    }
    return handler(call);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    fetchMock,
    /** Calls to one endpoint, e.g. `callsTo('GET /api/users')`. */
    callsTo: (key: string) => calls.filter((call) => `${call.method} ${call.path}` === key),
  };
}

/** The CSRF endpoint as Spring Security answers it: sets the cookie and returns the token. */
export const csrfHandler: Handler = () => {
  document.cookie = 'XSRF-TOKEN=test-csrf-token; path=/';
  return json(200, { headerName: 'X-XSRF-TOKEN', parameterName: '_csrf', token: 'test-csrf-token' });
};
