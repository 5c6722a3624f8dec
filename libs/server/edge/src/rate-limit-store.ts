import { Pool } from 'pg';
import { createClient } from 'redis';
import {
  RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RLWrapperTimeouts,
} from 'rate-limiter-flexible';
import type { Logger } from '@lti-rooms/server-core';

export type RateLimitStoreKind = 'memory' | 'postgres' | 'redis';

export interface LimiterShape {
  /** Prefix of every key of this limiter, e.g. 'lti-ip'. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** Where the counters live, so that every server process counts against the same ones. */
export interface RateLimitStore {
  kind: RateLimitStoreKind;
  limiter(shape: LimiterShape): RateLimiterAbstract;
  close(): Promise<void>;
}

export interface RateLimitStoreOptions {
  redisUrl?: string;
  databaseUrl?: string;
  /** Keys in a Redis that several deployments may share are namespaced by the deployment's address. */
  namespace: string;
  logger: Logger;
}

/** A store that does not answer within this gives way to the process's own counters. */
const STORE_TIMEOUT_MS = 1_500;

/**
 * Redis when REDIS_URL is set, PostgreSQL when the tool runs on it, memory on SQLite (a
 * single process). A store that fails or hangs (an outage) gives way to an in-memory
 * limiter with the same limits: each process then limits on its own until the store is
 * back, so an outage neither locks a class out nor lifts the limits (README "Rate limits").
 */
export async function openRateLimitStore(options: RateLimitStoreOptions): Promise<RateLimitStore> {
  if (options.redisUrl) return openRedisStore(options.redisUrl, options);
  if (options.databaseUrl) return openPostgresStore(options.databaseUrl, options.logger);
  return { kind: 'memory', limiter: (shape) => memoryLimiter(shape), close: async () => undefined };
}

function memoryLimiter({ name, points, durationSeconds }: LimiterShape): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
}

/** Common options of a store-backed limiter: its memory fallback, and no store round trip for a key already over its limit. */
function insured(shape: LimiterShape) {
  return {
    keyPrefix: shape.name,
    points: shape.points,
    duration: shape.durationSeconds,
    insuranceLimiter: memoryLimiter(shape),
    inMemoryBlockOnConsumed: shape.points + 1,
  };
}

function withTimeout(limiter: RateLimiterAbstract): RateLimiterAbstract {
  return new RLWrapperTimeouts({ limiter, timeoutMs: STORE_TIMEOUT_MS }) as unknown as RateLimiterAbstract;
}

function openPostgresStore(databaseUrl: string, logger: Logger): RateLimitStore {
  // A small pool of its own that gives up fast: during an outage a request must not wait on it.
  const pool = new Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: STORE_TIMEOUT_MS, query_timeout: STORE_TIMEOUT_MS });
  pool.on('error', (error) => logger.warn({ err: error }, 'rate limit store (PostgreSQL) connection error'));
  let first = true;
  return {
    kind: 'postgres',
    limiter: (shape) => {
      // The table comes from migration 0007; one limiter deletes expired rows for all.
      const limiter = new RateLimiterPostgres({
        ...insured(shape), storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: first,
      });
      first = false;
      return withTimeout(limiter);
    },
    close: () => pool.end(),
  };
}

async function openRedisStore(redisUrl: string, options: RateLimitStoreOptions): Promise<RateLimitStore> {
  // No offline queue: while Redis is away a command fails at once and the memory limiter answers.
  const client = createClient({
    url: redisUrl,
    disableOfflineQueue: true,
    socket: { connectTimeout: STORE_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let lastWarning = 0;
  client.on('error', (error) => {
    // A lost Redis reports every reconnection attempt; one line every 10 s says enough.
    if (Date.now() - lastWarning > 10_000) options.logger.warn({ err: error }, 'rate limit store (Redis) connection error');
    lastWarning = Date.now();
  });
  const connected = await Promise.race([
    client.connect().then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(resolve, 3_000, false).unref()),
  ]);
  if (!connected) options.logger.warn('rate limit store (Redis) not reachable at start: limiting per process until it is');
  return {
    kind: 'redis',
    limiter: (shape) => withTimeout(new RateLimiterRedis({
      ...insured(shape), keyPrefix: `lti-rooms:rl:${options.namespace}:${shape.name}`, storeClient: client, useRedisPackage: true, rejectIfRedisNotReady: true,
    })),
    close: async () => {
      // A client still reconnecting (an outage) is dropped: closing would wait for Redis.
      const closed = client.isReady && await Promise.race([
        client.close().then(() => true, () => false),
        new Promise<boolean>((resolve) => setTimeout(resolve, STORE_TIMEOUT_MS, false).unref()),
      ]);
      if (!closed && client.isOpen) client.destroy();
    },
  };
}
