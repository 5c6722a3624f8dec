import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { toApiRequestError } from './api-request-error';
import { apiRequest, ApiRequestError } from './client';
import { ME_PATH } from './query-client';

export type ApiResource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiRequestError; retry: () => void }
  | { status: 'success'; data: T; reload: () => void };

/**
 * One GET resource through the page's query cache (query-client.ts): cached per path,
 * refetched after changes, transient failures retried. A retry after an error reads as loading.
 * A cached copy is shown while the page asks again only with `showCached` (the room lists):
 * what a form starts from must be current, since a form does not take later values.
 */
export function useApiResource<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  { showCached = false, enabled = true, refetchIntervalMs }: { showCached?: boolean; enabled?: boolean; refetchIntervalMs?: number } = {},
): ApiResource<z.infer<Schema>> {
  const query = useQuery({
    queryKey: ['api', path],
    queryFn: ({ signal }) => apiRequest(path, schema, { signal }),
    enabled,
    // Counts that change by themselves (people waiting): asked again while the page is open, not in a hidden tab.
    refetchInterval: refetchIntervalMs ?? false,
    // Asked again on every visit, whatever the clock says (a clock set back must not keep a copy "fresh").
    ...(path === ME_PATH ? { staleTime: Infinity } : { refetchOnMount: 'always' as const }),
  });
  const again = () => void query.refetch();
  if (query.isPending || (query.isError && query.isFetching) || (!showCached && path !== ME_PATH && !query.isFetchedAfterMount)) return { status: 'loading' };
  if (query.isError) return { status: 'error', error: toApiRequestError(query.error), retry: again };
  return { status: 'success', data: query.data as z.infer<Schema>, reload: again };
}
