import { Center, Loader } from '@mantine/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role, User } from '@/types/models';
import { API_ORIGIN, api, apiFetch, unwrap } from './api-client';
import { isApiError, readApiError } from './api-error';
import { ME_QUERY_KEY } from './auth-keys';
import { sessionEnded } from './query-client';

export const DEFAULT_AFTER_SIGN_IN = '/discover';

/** The signed-in user, or null when nobody is signed in (a 401 is an answer here, not an error). */
export async function getMe(): Promise<User | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (error) {
    if (isApiError(error) && error.isUnauthenticated) {
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ME_QUERY_KEY, queryFn: getMe, staleTime: 5 * 60_000 });

export function useUser() {
  const query = useQuery(meQueryOptions());
  return { user: query.data ?? null, isPending: query.isPending, error: query.error };
}

export function hasRole(user: User | null | undefined, role: Role): boolean {
  return !!user && user.role === role;
}

export function hasAnyRole(user: User | null | undefined, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}

export type Credentials = { email: string; password: string };

/**
 * Sign-in and sign-out are Spring Security's own endpoints, outside the OpenAPI document: sent through the same
 * fetch (CSRF, same-origin cookies, problem → ApiError) but without generated types.
 */
async function postAuth(path: string, form?: URLSearchParams): Promise<Response> {
  const response = await apiFetch(
    new Request(`${API_ORIGIN}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json' },
      body: form,
    }),
  );
  if (!response.ok) {
    throw await readApiError(response);
  }
  return response;
}

/** Spring Security's form login: a form-urlencoded POST, answered with the user (a 401 problem when refused). */
export async function login({ email, password }: Credentials): Promise<User> {
  const response = await postAuth('/api/auth/login', new URLSearchParams({ email, password }));
  return (await response.json()) as User;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { expectsUnauthenticated: true },
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}

export async function logout(): Promise<void> {
  await postAuth('/api/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { expectsUnauthenticated: true },
    // Signed out locally even when the server could not be told (the session may already be gone).
    onSettled: () => sessionEnded(queryClient),
  });
}

/** Only a same-site path may be a destination after signing in (no `//evil.example`, no `https:`). */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (target === '/sign-in' || target.startsWith('/sign-in?')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return target;
}

export function signInPath(from: string): string {
  return from && from !== '/' ? `/sign-in?redirect=${encodeURIComponent(from)}` : '/sign-in';
}

export function FullPageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center h="100vh" aria-label={label} role="status">
      <Loader />
    </Center>
  );
}

/** Renders its routes for a signed-in user; sends anyone else to sign in, remembering where they were going. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { user, isPending } = useUser();
  const location = useLocation();
  if (isPending) {
    return <FullPageLoader />;
  }
  if (!user) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return children ?? <Outlet />;
}
