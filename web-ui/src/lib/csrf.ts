/**
 * Spring Security's cookie-based CSRF protection: the server sets the `XSRF-TOKEN` cookie (readable by scripts) and
 * every unsafe request must echo its value in the `X-XSRF-TOKEN` header.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const CSRF_ENDPOINT = '/api/auth/csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export function needsCsrf(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(rest.join('='));
    }
  }
  return undefined;
}

/** Asks the server for a token (which also sets the cookie) and returns the value to send. */
export async function fetchCsrfToken(origin: string, fetcher: typeof fetch): Promise<string | undefined> {
  const response = await fetcher(new Request(`${origin}${CSRF_ENDPOINT}`, { credentials: 'same-origin' }));
  if (!response.ok) {
    return undefined;
  }
  const body = (await response.json().catch(() => undefined)) as { token?: string } | undefined;
  return readCookie(CSRF_COOKIE) ?? body?.token;
}

/** The token to send now: the cookie's when present, else a fresh one from the server. */
export async function csrfToken(origin: string, fetcher: typeof fetch): Promise<string | undefined> {
  return readCookie(CSRF_COOKIE) ?? fetchCsrfToken(origin, fetcher);
}
