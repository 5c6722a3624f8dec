import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-request-error';

/** Who the launch token speaks for does not change while the page lives: fetched once per page load. */
export const ME_PATH = '/api/me';

/** A failure worth asking again for by itself: the server said to (503 with Retry-After, 429) or never answered. */
function isTransient(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && (error.status === 503 || error.status === 429 || error.status === 0);
}

const MAX_RETRIES = 3;

/**
 * The page's one cache of API reads (TanStack Query). A page revisited shows what it showed
 * at once and asks again behind it (another person may have changed it: an administrator's
 * settings, a co-editor's room); identical reads in flight are shared; every successful change
 * invalidates them (invalidateAfterChange); a transient failure is retried after the wait the
 * server named, at most three times.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 0,
      refetchOnWindowFocus: false,
      retry: (failures, error) => isTransient(error) && failures < MAX_RETRIES,
      retryDelay: (attempt, error) => Math.min(10_000, ((error as ApiRequestError).retryAfterSeconds ?? 2 ** attempt) * 1000),
    },
  },
});

/** After a change the server accepted: every read but who-I-am may be out of date, and the visible ones refetch. */
export function invalidateAfterChange(): void {
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] !== ME_PATH });
}
