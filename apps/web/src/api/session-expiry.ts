/**
 * App-wide "this tab has no launch the server accepts" flag. Any 401 from any call sets it,
 * so the whole app switches to one clear screen instead of each page improvising. Why
 * matters to the words: a launch that expired, or a tab that was never launched (a copied
 * link, a bookmark). Shaped for React's useSyncExternalStore.
 */
export type NoSessionReason = 'expired' | 'never-launched';
type Listener = () => void;

let reason: NoSessionReason | null = null;
const listeners = new Set<Listener>();

export function markSessionExpired(why: NoSessionReason = 'expired'): void {
  if (reason) return;
  reason = why;
  listeners.forEach((listener) => listener());
}

/** Null while the tab's launch is accepted. */
export function noSessionReason(): NoSessionReason | null {
  return reason;
}

export function subscribeToSessionExpiry(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
