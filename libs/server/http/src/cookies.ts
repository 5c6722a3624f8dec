import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'lti_rooms_session';
export const STATE_COOKIE_PREFIX = 'lti_rooms_state_';

/**
 * Inside an LMS iframe over https the tool's cookies are third-party: they must be
 * SameSite=None; Secure (and Partitioned, for browsers that partition them). On plain
 * http (a trial on one machine) browsers refuse None without Secure, so Lax it is.
 */
export function cookieOptions(secure: boolean, maxAgeMs: number, path = '/'): CookieOptions {
  return secure
    ? { httpOnly: true, secure: true, sameSite: 'none', partitioned: true, path, maxAge: maxAgeMs }
    : { httpOnly: true, secure: false, sameSite: 'lax', path, maxAge: maxAgeMs };
}

export function stateCookies(req: Request): string[] {
  return Object.keys(req.cookies ?? {}).filter((name) => name.startsWith(STATE_COOKIE_PREFIX));
}
