import type { NextFunction, Request, Response } from 'express';
import type { LaunchContext, LaunchRepository } from '@lti-rooms/server-persistence';
import { hashSession, LaunchTokens } from '@lti-rooms/server-lti';
import { ApiFailure } from './api-errors';
import { SESSION_COOKIE } from './cookies';

/** What every API handler knows about the caller, loaded fresh from the database. */
export function launchOf(res: Response): LaunchContext {
  return res.locals.launch as LaunchContext;
}

/**
 * The launch token must name a launch of an active platform and, when it is cookie-bound,
 * come with the session cookie of the browser it was issued to. Shared by the API and the
 * real-time connection.
 */
export async function resolveLaunch(tokens: LaunchTokens, launches: LaunchRepository, token: string | undefined, sessionCookie: string | undefined): Promise<LaunchContext> {
  if (!token) throw new ApiFailure('UNAUTHENTICATED', { reason: 'NO_LAUNCH_TOKEN' });
  const claims = await tokens.verify(token);
  if (!claims) throw new ApiFailure('INVALID_LAUNCH_TOKEN', { reason: 'SESSION_EXPIRED' });
  if (claims.binding === 'cookie' && (!sessionCookie || hashSession(sessionCookie) !== claims.sessionHash)) {
    throw new ApiFailure('SESSION_COOKIE_MISSING', { reason: 'SESSION_OF_ANOTHER_BROWSER' });
  }
  const launch = await launches.findContext(claims.accountId, claims.launchId);
  if (!launch || launch.userId !== claims.userId) throw new ApiFailure('INVALID_LAUNCH_TOKEN', { reason: 'SESSION_NO_LONGER_VALID' });
  if (!launch.accountActive) throw new ApiFailure('PLATFORM_INACTIVE', { reason: 'PLATFORM_DEACTIVATED' });
  return launch;
}

/** The launch token arrives in the Authorization header (never in a URL). */
export function authenticate(tokens: LaunchTokens, launches: LaunchRepository) {
  return (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    resolveLaunch(tokens, launches, match?.[1], req.cookies?.[SESSION_COOKIE]).then((launch) => {
      res.locals.launch = launch;
      next();
    }, next);
  };
}
