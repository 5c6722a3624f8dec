/**
 * The launch token ("ltik") that authorises every API call of this browser tab.
 *
 * The server hands it over in the URL fragment (`#ltik=...`) because fragments are never
 * sent to servers, written to access logs or leaked in a Referer header. We take it out of
 * the address bar at once so it is not bookmarked, shared or kept in history.
 */
export const LAUNCH_TOKEN_STORAGE_KEY = 'lti-rooms.ltik';
const FRAGMENT_PARAM = 'ltik';

/**
 * The browser's latest launch, for tabs that have none of their own: a shared room link
 * opened in a new tab. Each tab keeps its own launch first; this is only the fallback.
 */
export const RECENT_LAUNCH_STORAGE_KEY = 'lti-rooms.recent-launch';
/** A recent launch older than this is not lent: the server's launch tokens last 12 hours by default. */
const RECENT_LAUNCH_MAX_AGE_MS = 12 * 3600_000;

// Kept in memory first: two tool frames in one LMS page share sessionStorage, and each
// document must keep speaking for its own launch. Storage only survives a reload.
let tokenInMemory: string | null = null;
let source: 'this-tab' | 'browser' = 'this-tab';

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
  if (!tokenInMemory) {
    tokenInMemory = readRecentLaunch();
    if (tokenInMemory) source = 'browser';
  }
  return tokenInMemory;
}

/** Whether the token is this tab's own launch or the browser's latest one, lent to a tab without one. */
export function tokenSource(): 'this-tab' | 'browser' {
  return source;
}

function rememberLaunchToken(token: string): void {
  tokenInMemory = token;
  source = 'this-tab';
  try {
    window.sessionStorage.setItem(LAUNCH_TOKEN_STORAGE_KEY, token);
    window.localStorage.setItem(RECENT_LAUNCH_STORAGE_KEY, JSON.stringify({ token, at: Date.now() }));
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

function readRecentLaunch(): string | null {
  try {
    const recent = JSON.parse(window.localStorage.getItem(RECENT_LAUNCH_STORAGE_KEY) ?? 'null') as { token?: unknown; at?: unknown } | null;
    if (!recent || typeof recent.token !== 'string' || typeof recent.at !== 'number') return null;
    return Date.now() - recent.at < RECENT_LAUNCH_MAX_AGE_MS ? recent.token : null;
  } catch {
    return null;
  }
}
