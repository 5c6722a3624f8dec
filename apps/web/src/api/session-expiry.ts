/**
 * App-wide "the launch token is no longer accepted" flag. Any 401 from any call flips it,
 * so the whole app switches to one clear screen instead of each page improvising.
 * Shaped for React's useSyncExternalStore.
 */
type Listener = () => void;

let expired = false;
const listeners = new Set<Listener>();

export function markSessionExpired(): void {
  if (expired) return;
  expired = true;
  listeners.forEach((listener) => listener());
}

export function isSessionExpired(): boolean {
  return expired;
}

export function subscribeToSessionExpiry(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
