import express, { Router } from 'express';
import { type MeLocale, type MeResponse, setLocaleBodySchema } from '@lti-rooms/contracts';
import type { LaunchRepository } from '@lti-rooms/server-persistence';
import type { LaunchTokens } from '@lti-rooms/server-lti';
import { mapLtiRoles } from '@lti-rooms/domain';
import {
  ApiFailure, authenticate, callerOf, inputGuard, launchOf, MAX_BODY_BYTES, parseBody, route, type Viewer, viewerLocaleOf,
} from '@lti-rooms/server-http';
import { limitByAccount, limitByAddress } from '@lti-rooms/server-edge';
import type { RateLimits } from '@lti-rooms/server-edge';

export interface ApiRouterDeps {
  tokens: LaunchTokens;
  launches: LaunchRepository;
  limits?: RateLimits;
  /** Whether the caller may create rooms (RoomService.canCreateRooms). */
  canCreateRooms: (viewer: Viewer) => Promise<boolean>;
  /** Addresses answered without a launch (a shared room link's directions); still limited per address. */
  publicRoutes?: Router;
}

export function apiRouter(deps: ApiRouterDeps, features: Router[] = [], admin?: Router): Router {
  const router = Router();
  // Counted before anything is parsed or looked up; per account once the caller is known.
  if (deps.limits) router.use(limitByAddress(deps.limits, 'api-ip'));
  router.use(express.json({ limit: MAX_BODY_BYTES }));
  router.use(inputGuard);
  if (deps.publicRoutes) router.use(deps.publicRoutes);
  router.use(authenticate(deps.tokens, deps.launches));
  if (deps.limits) router.use(limitByAccount(deps.limits, 'api-account', (res) => launchOf(res).accountId));

  router.get('/me', route(async (req, res) => {
    const launch = launchOf(res);
    const body: MeResponse = {
      user: { id: launch.userId, name: launch.userName, email: launch.userEmail },
      account: { id: launch.accountId, name: launch.accountName },
      channel: launch.channelId ? { id: launch.channelId, title: launch.channelTitle ?? '', label: launch.channelLabel } : null,
      role: launch.channelRole,
      ltiRoles: launch.ltiRoles,
      isAdministrator: mapLtiRoles(launch.launchRoles.length ? launch.launchRoles : launch.ltiRoles).isAdministrator,
      returnUrl: launch.returnUrl,
      ...viewerLocaleOf(req, launch),
      canCreateRooms: await deps.canCreateRooms(callerOf(launch)),
    };
    return body;
  }));

  // Bearer token only, like every /api write: another site's page cannot send the header.
  router.put('/me/locale', route(async (req, res) => {
    const { locale } = parseBody(setLocaleBodySchema, req.body);
    const launch = launchOf(res);
    if (!(await deps.launches.setChosenLocale(launch.accountId, launch.userId, locale))) {
      throw new ApiFailure('INVALID_LAUNCH_TOKEN', { reason: 'SESSION_NO_LONGER_VALID' });
    }
    const answer: MeLocale = viewerLocaleOf(req, { ...launch, chosenLocale: locale });
    return answer;
  }));

  if (admin) router.use('/admin', admin);
  for (const feature of features) router.use(feature);
  router.use((_req, _res, next) => next(new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' })));
  return router;
}
