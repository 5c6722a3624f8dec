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
 * The page's one cache of API reads (TanStack Query). Reads stay fresh for 30 s (a page
 * revisited within that shows at once, then nothing is asked again); every successful change
 * invalidates them (invalidateAfterChange); a transient failure is retried after the wait the
 * server named, at most three times.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
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
