import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { apiRequest, ApiRequestError } from './client';

export type ApiResource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiRequestError; retry: () => void }
  | { status: 'success'; data: T; reload: () => void };

interface Settled<T> {
  key: string;
  outcome: { ok: true; data: T } | { ok: false; error: ApiRequestError };
}

/**
 * Loads one GET resource and keeps its loading/error/success state.
 * `schema` must be a module-level constant so the effect does not re-run every render.
 */
export function useApiResource<Schema extends z.ZodType>(path: string, schema: Schema): ApiResource<z.infer<Schema>> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<z.infer<Schema>> | null>(null);
  // A result belongs to one path and attempt; anything else is stale and reads as loading.
  const key = `${path}#${attempt}`;

  useEffect(() => {
    const controller = new AbortController();
    apiRequest(path, schema, { signal: controller.signal }).then(
      (data) => setSettled({ key, outcome: { ok: true, data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled({ key, outcome: { ok: false, error: asApiRequestError(error) } });
      },
    );
    return () => controller.abort();
  }, [key, path, schema]);

  const again = useCallback(() => setAttempt((n) => n + 1), []);

  if (!settled || settled.key !== key) return { status: 'loading' };
  if (settled.outcome.ok) return { status: 'success', data: settled.outcome.data, reload: again };
  return { status: 'error', error: settled.outcome.error, retry: again };
}

function asApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  // A bug in our own code, not the server: still show something a person can act on.
  console.error(error);
  return new ApiRequestError({ status: 0, code: 'CLIENT_ERROR', message: 'Something went wrong on this page. Reload it.' });
}
