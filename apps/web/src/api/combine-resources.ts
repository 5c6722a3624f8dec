import type { ApiResource } from './use-api-resource';

/** Two resources a page needs together: loading until both arrive, failed when either fails. */
export function combineResources<A, B>(a: ApiResource<A>, b: ApiResource<B>): ApiResource<[A, B]> {
  if (a.status === 'error') return { status: 'error', error: a.error, retry: () => retryAll(a, b) };
  if (b.status === 'error') return { status: 'error', error: b.error, retry: () => retryAll(a, b) };
  if (a.status === 'loading' || b.status === 'loading') return { status: 'loading' };
  return {
    status: 'success',
    data: [a.data, b.data],
    reload: () => {
      a.reload();
      b.reload();
    },
  };
}

function retryAll(...resources: ApiResource<unknown>[]): void {
  for (const resource of resources) {
    if (resource.status === 'error') resource.retry();
    else if (resource.status === 'success') resource.reload();
  }
}
