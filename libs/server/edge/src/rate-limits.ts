import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config, Logger } from '@lti-rooms/server-core';
import { ApiFailure } from '@lti-rooms/server-http';
import { openRateLimitStore, RateLimitStoreKind } from './rate-limit-store';

/** What is limited, and by what key: the client address or the LMS account. */
export const RATE_LIMIT_RULES = ['lti-ip', 'lti-account', 'register-ip', 'operator-ip', 'api-ip', 'api-account', 'socket-ip', 'socket-account'] as const;
export type RateLimitRule = (typeof RATE_LIMIT_RULES)[number];

type LimitVariable = `RATE_LIMIT_${string}`;
const VARIABLE_OF: Record<RateLimitRule, LimitVariable & keyof Config> = {
  'lti-ip': 'RATE_LIMIT_LTI_PER_IP',
  'lti-account': 'RATE_LIMIT_LTI_PER_ACCOUNT',
  'register-ip': 'RATE_LIMIT_REGISTER_PER_IP',
  'operator-ip': 'RATE_LIMIT_OPERATOR_PER_IP',
  'api-ip': 'RATE_LIMIT_API_PER_IP',
  'api-account': 'RATE_LIMIT_API_PER_ACCOUNT',
  'socket-ip': 'RATE_LIMIT_SOCKET_PER_IP',
  'socket-account': 'RATE_LIMIT_SOCKET_PER_ACCOUNT',
};

/** A request over a limit; every transport answers it with 429 (or its equivalent) and the wait. */
export class RateLimited extends ApiFailure {
  constructor(
    readonly rule: RateLimitRule,
    override readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', { retryAfterSeconds });
  }
}

/** The limits of one server process, counted in the store every process shares. */
export class RateLimits {
  private constructor(
    readonly storeKind: RateLimitStoreKind,
    private readonly limiters: Partial<Record<RateLimitRule, RateLimiterAbstract>>,
    private readonly closeStore: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  static async open(config: Config, logger: Logger): Promise<RateLimits> {
    const store = await openRateLimitStore({ redisUrl: config.REDIS_URL, databaseUrl: config.DATABASE_URL, namespace: new URL(config.PUBLIC_URL).host, logger });
    const limiters: Partial<Record<RateLimitRule, RateLimiterAbstract>> = {};
    for (const rule of RATE_LIMIT_RULES) {
      const points = config[VARIABLE_OF[rule]] as number;
      // 0 turns the limit off.
      if (points > 0) limiters[rule] = store.limiter({ name: rule, points, durationSeconds: config.RATE_LIMIT_WINDOW_SECONDS });
    }
    return new RateLimits(store.kind, limiters, () => store.close(), logger);
  }

  /** Counts one request under `key`; throws RateLimited when it is one too many. */
  async consume(rule: RateLimitRule, key: string): Promise<void> {
    const limiter = this.limiters[rule];
    if (!limiter) return;
    try {
      await limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        // Once per key and window (the first refusal), or a flood would flood the log as well.
        if (outcome.consumedPoints === limiter.points + 1) this.logger.warn({ rule, key }, 'rate limit reached');
        throw new RateLimited(rule, Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)));
      }
      // Neither the store nor its memory stand-in could count: let the request through (logged).
      this.logger.error({ err: outcome, rule }, 'rate limit could not be counted');
    }
  }

  close(): Promise<void> {
    return this.closeStore();
  }
}
