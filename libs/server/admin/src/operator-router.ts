import { createHash, timingSafeEqual } from 'node:crypto';
import express, { NextFunction, Request, Response, Router } from 'express';
import { ApiFailure, inputGuard, MAX_BODY_BYTES, route } from '@lti-rooms/server-http';
import { limitByAddress, type RateLimits } from '@lti-rooms/server-edge';
import type { OperatorService } from './operator-service';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests, so neither the secret's length nor a matching prefix shows in the timing. */
export function operatorSecretMatches(header: string | undefined, secret: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(secret));
}

/**
 * /api/operator: the operator of this server, proven by OPERATOR_SECRET alone (a bearer
 * token). A launch token or an LMS role is no authority here, so a registration waiting for
 * approval can never approve itself. Without a secret configured, every address answers 404.
 * Each request is counted per client address before the secret is compared.
 */
export function operatorRouter(deps: { operator: OperatorService; secret: string | undefined; limits?: RateLimits }): Router {
  const router = Router();
  const { secret } = deps;
  if (!secret) {
    router.use((_req, _res, next) => next(new ApiFailure('NOT_FOUND', { reason: 'OPERATOR_PAGE_DISABLED' })));
    return router;
  }
  if (deps.limits) router.use(limitByAddress(deps.limits, 'operator-ip'));
  router.use(express.json({ limit: MAX_BODY_BYTES }));
  router.use(inputGuard);
  router.use((req: Request, _res: Response, next: NextFunction) => {
    next(operatorSecretMatches(req.get('authorization'), secret) ? undefined : new ApiFailure('UNAUTHENTICATED', { reason: 'OPERATOR_SECRET_WRONG' }));
  });
  router.get('/registrations', route(() => deps.operator.inactiveRegistrations()));
  router.post('/registrations/:id/activate', route((req) => deps.operator.activate(req.params.id)));
  router.use((_req, _res, next) => next(new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' })));
  return router;
}
