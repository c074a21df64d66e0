import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { ME_QUERY_KEY } from './auth-keys';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** A 401 from this mutation is an answer (bad credentials), not a lost session. */
      expectsUnauthenticated?: boolean;
    };
  }
}

/**
 * One QueryClient per app (and per test). A 401 from any call means the session is gone: forget the user, which
 * makes the protected routes send the browser to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error) && error.isUnauthenticated) {
          sessionEnded(client);
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isApiError(error) && error.isUnauthenticated && !mutation.meta?.expectsUnauthenticated) {
          sessionEnded(client);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) {
            return false;
          }
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}

/** Drops every cached answer and marks the visitor as signed out. */
export function sessionEnded(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  client.setQueryData(ME_QUERY_KEY, null);
}
