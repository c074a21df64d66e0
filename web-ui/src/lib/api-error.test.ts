import { describe, expect, it } from 'vitest';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { api, unwrap } from './api-client';
import { ApiError, errorMessage, parseRetryAfter, readApiError, toApiError } from './api-error';

describe('toApiError', () => {
  it('turns a validation problem into a typed error with its field errors', () => {
    const response = new Response(null, { status: 400 });
    const error = toApiError(response, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields are not valid',
      instance: '/api/users',
      errors: [
        { field: 'email', message: 'must be a well-formed email address' },
        { field: 'password', message: 'size must be at least 12' },
        { field: 'email', message: 'second message is ignored by the map' },
        { nonsense: true },
      ],
    });

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.type).toBe('/problems/validation');
    expect(error.is('validation')).toBe(true);
    expect(error.is('email-taken')).toBe(false);
    expect(error.message).toBe('Some fields are not valid');
    expect(error.instance).toBe('/api/users');
    expect(error.fieldErrors).toHaveLength(3);
    expect(error.fieldErrorMap()).toEqual({
      email: 'must be a well-formed email address',
      password: 'size must be at least 12',
    });
  });

  it('recognises a problem type given as an absolute URI', () => {
    const error = toApiError(new Response(null, { status: 409 }), { type: 'https://reachgraph.io/problems/last-admin' });
    expect(error.is('last-admin')).toBe(true);
  });

  it('falls back to a readable title when the body is not a problem (an HTML page from a proxy)', () => {
    const error = toApiError(new Response(null, { status: 502 }), '<html>Bad gateway</html>');
    expect(error.status).toBe(502);
    expect(error.type).toBe('about:blank');
    expect(error.message).toBe('The server had a problem');
    expect(error.fieldErrors).toEqual([]);
  });

  it('uses the title when the problem has no detail', () => {
    const error = toApiError(new Response(null, { status: 403 }), { type: '/problems/forbidden', title: 'Forbidden' });
    expect(error.isForbidden).toBe(true);
    expect(error.message).toBe('Forbidden');
  });

  it('reads Retry-After in seconds', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '42' } });
    expect(toApiError(response, problem(429, '/problems/too-many-sign-in-attempts', 'Too many')).retryAfterSeconds).toBe(42);
  });

  it('reads a body that is not JSON without failing', async () => {
    const error = await readApiError(new Response('plain text', { status: 500 }));
    expect(error.status).toBe(500);
    expect(errorMessage(error)).toBe('The server had a problem');
  });
});

describe('parseRetryAfter', () => {
  it('accepts an HTTP date and counts the seconds until then', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
  });

  it('ignores garbage and absence', () => {
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('api client', () => {
  it('throws the problem of a failed call as an ApiError', async () => {
    mockApi({
      'GET /api/system': () => json(503, problem(503, '/problems/unavailable', 'Unavailable', 'Starting up', {}), { 'Retry-After': '5' }),
    });

    const failure = await unwrap(api.GET('/api/system')).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(503);
    expect((failure as ApiError).detail).toBe('Starting up');
    expect((failure as ApiError).retryAfterSeconds).toBe(5);
  });

  it('fetches a CSRF token when the cookie is missing and sends it with unsafe requests', async () => {
    const mock = mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'PUT /api/me/password': () => json(204),
    });

    await unwrap(api.PUT('/api/me/password', { body: { currentPassword: 'old-password-123', newPassword: 'new-password-456' } }));

    expect(mock.calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /api/auth/csrf', 'PUT /api/me/password']);
    const put = mock.callsTo('PUT /api/me/password')[0];
    expect(put.headers.get('X-XSRF-TOKEN')).toBe('test-csrf-token');
    expect(JSON.parse(put.body)).toEqual({ currentPassword: 'old-password-123', newPassword: 'new-password-456' });
  });

  it('does not send the CSRF header with GET', async () => {
    document.cookie = 'XSRF-TOKEN=cookie-token; path=/';
    const mock = mockApi({ 'GET /api/system': () => json(200, { version: '1', mode: 'embedded' }) });

    await unwrap(api.GET('/api/system'));

    expect(mock.calls[0].headers.get('X-XSRF-TOKEN')).toBeNull();
  });

  it('retries an unsafe request once with a fresh token when the old one is refused', async () => {
    document.cookie = 'XSRF-TOKEN=stale-token; path=/';
    let attempts = 0;
    const mock = mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'PUT /api/users/u-7/password': (call) => {
        attempts += 1;
        return call.headers.get('X-XSRF-TOKEN') === 'test-csrf-token'
          ? json(204)
          : json(403, problem(403, '/problems/forbidden', 'Forbidden', 'Invalid CSRF token'));
      },
    });

    await unwrap(api.PUT('/api/users/{id}/password', { params: { path: { id: 'u-7' } }, body: { newPassword: 'a-new-password-1' } }));

    expect(attempts).toBe(2);
    expect(JSON.parse(mock.callsTo('PUT /api/users/u-7/password')[1].body)).toEqual({ newPassword: 'a-new-password-1' });
    expect(mock.callsTo('PUT /api/users/u-7/password').map((call) => call.headers.get('X-XSRF-TOKEN'))).toEqual([
      'stale-token',
      'test-csrf-token',
    ]);
  });

  it('reports an unreachable server as a network error', async () => {
    mockApi({});
    globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;

    const failure = (await unwrap(api.GET('/api/system')).catch((error: unknown) => error)) as ApiError;

    expect(failure.status).toBe(0);
    expect(failure.title).toBe("Can't reach Reachgraph");
  });
});
