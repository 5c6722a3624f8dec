import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiRequestError, type ApiRequestError } from './api-request-error';

export { toApiRequestError };

export interface AsyncAction<Args extends unknown[], Result> {
  /** Resolves with the result, or undefined when the call failed (the error is in `error`). */
  run: (...args: Args) => Promise<Result | undefined>;
  pending: boolean;
  error: ApiRequestError | null;
  clearError: () => void;
}

/** One button's API call: pending state for disabling it, the failure for an alert. */
export function useAsyncAction<Args extends unknown[], Result>(action: (...args: Args) => Promise<Result>): AsyncAction<Args, Result> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (...args: Args) => {
      setPending(true);
      setError(null);
      try {
        return await action(...args);
      } catch (caught) {
        if (mounted.current) setError(toApiRequestError(caught));
        return undefined;
      } finally {
        if (mounted.current) setPending(false);
      }
    },
    [action],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
