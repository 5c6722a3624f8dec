import type { NextFunction, Request, Response } from 'express';
import { addressKey } from './client-address';
import { RateLimitRule, RateLimits } from './rate-limits';

/** Counts the request under its client address (req.ip honours TRUST_PROXY); a refusal goes to the error handler. */
export function limitByAddress(limits: RateLimits, rule: RateLimitRule) {
  return (req: Request, _res: Response, next: NextFunction) => {
    limits.consume(rule, addressKey(req.ip)).then(() => next(), next);
  };
}

/** Counts the request under the account `accountOf` names (after authentication). */
export function limitByAccount(limits: RateLimits, rule: RateLimitRule, accountOf: (res: Response) => string) {
  return (_req: Request, res: Response, next: NextFunction) => {
    limits.consume(rule, accountOf(res)).then(() => next(), next);
  };
}
