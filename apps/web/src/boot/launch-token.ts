/**
 * The launch token ("ltik") that authorises every API call of this browser tab.
 *
 * The server hands it over in the URL fragment (`#ltik=...`) because fragments are never
 * sent to servers, written to access logs or leaked in a Referer header. We take it out of
 * the address bar at once so it is not bookmarked, shared or kept in history.
 */
export const LAUNCH_TOKEN_STORAGE_KEY = 'lti-rooms.ltik';
const FRAGMENT_PARAM = 'ltik';

// Kept in memory first: two tool frames in one LMS page share sessionStorage, and each
// document must keep speaking for its own launch. Storage only survives a reload.
let tokenInMemory: string | null = null;

/** Moves a token from the fragment into storage and strips it from the address bar. Call once, before rendering. */
export function captureLaunchTokenFromUrl(): void {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash) return;
  const params = new URLSearchParams(hash);
  const token = params.get(FRAGMENT_PARAM);
  if (token === null) return;

  params.delete(FRAGMENT_PARAM);
  const rest = params.toString();
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${rest ? `#${rest}` : ''}`);

  if (token) rememberLaunchToken(token);
}

export function getLaunchToken(): string | null {
  if (tokenInMemory) return tokenInMemory;
  tokenInMemory = readStorage();
  return tokenInMemory;
}

function rememberLaunchToken(token: string): void {
  tokenInMemory = token;
  try {
    window.sessionStorage.setItem(LAUNCH_TOKEN_STORAGE_KEY, token);
  } catch {
    // Browsers that block third-party storage inside the LMS iframe throw here;
    // the in-memory copy still serves this page until it is reloaded.
  }
}

function readStorage(): string | null {
  try {
    return window.sessionStorage.getItem(LAUNCH_TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
