/** Browsers run a setTimeout longer than 2^31 - 1 ms (about 24.8 days) at once; stay well below. */
const MAX_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Calls `job` once the clock reads `atMs` (at once when it already does). Long waits are
 * cut into one-hour steps, which also lets a sleeping laptop's clock catch up on wake.
 * Returns the cancel function.
 */
export function runAt(atMs: number, job: () => void, now: () => number = Date.now): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    const remaining = atMs - now();
    if (remaining <= 0) {
      job();
      return;
    }
    timer = setTimeout(arm, Math.min(remaining, MAX_TIMEOUT_MS));
  };
  timer = setTimeout(arm, 0);
  return () => clearTimeout(timer);
}
