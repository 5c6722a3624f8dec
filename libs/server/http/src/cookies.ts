import type { CookieOptions, Request } from 'express';
import type { CookiePolicy } from '@lti-rooms/server-core';

export const SESSION_COOKIE = 'lti_rooms_session';
export const STATE_COOKIE_PREFIX = 'lti_rooms_state_';

/** The attributes of every cookie the tool sets, by the configured policy (see `CookiePolicy`). */
export function cookieOptions(policy: CookiePolicy, maxAgeMs: number, path = '/'): CookieOptions {
  if (policy === 'same-site') return { httpOnly: true, secure: false, sameSite: 'lax', path, maxAge: maxAgeMs };
  return { httpOnly: true, secure: true, sameSite: 'none', partitioned: policy === 'cross-site', path, maxAge: maxAgeMs };
}

/** For `res.clearCookie`: the same attributes, or a partitioned cookie would not be the one cleared. */
export function clearedCookieOptions(policy: CookiePolicy, path = '/'): CookieOptions {
  const { maxAge: _maxAge, ...options } = cookieOptions(policy, 0, path);
  return options;
}

export function stateCookies(req: Request): string[] {
  return Object.keys(req.cookies ?? {}).filter((name) => name.startsWith(STATE_COOKIE_PREFIX));
}
