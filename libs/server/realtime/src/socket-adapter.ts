import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { Pool } from 'pg';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import type { Logger } from '@lti-rooms/server-core';
import { CREATE_ATTACHMENTS_TABLE, postgresEvents } from './postgres-adapter';

/** How long starting and stopping wait on Redis before going on without it. */
const REDIS_WAIT_MS = 1_500;

export interface AdapterOptions {
  redisUrl?: string;
  /** Set when the tool runs on PostgreSQL: its processes share events through LISTEN/NOTIFY. */
  databaseUrl?: string;
  logger: Logger;
}

export interface InstalledAdapter {
  kind: 'memory' | 'postgres' | 'redis';
  close(): Promise<void>;
}

/**
 * Lets several server processes behind one address act as one: an event emitted on one
 * reaches sockets connected to the others. Redis when REDIS_URL is set; otherwise the
 * PostgreSQL database they share; a single SQLite process needs neither.
 */
export async function installAdapter(io: Server, { redisUrl, databaseUrl, logger }: AdapterOptions): Promise<InstalledAdapter> {
  if (redisUrl) {
    const pub = createClient({ url: redisUrl, socket: { connectTimeout: REDIS_WAIT_MS } });
    const sub = pub.duplicate();
    let lastWarning = 0;
    for (const client of [pub, sub]) {
      client.on('error', (error) => {
        // A lost Redis reports every reconnection attempt; one line every 10 s says enough.
        if (Date.now() - lastWarning > 10_000) logger.error({ err: error }, 'redis adapter connection error');
        lastWarning = Date.now();
      });
    }
    // The client retries for ever: a Redis that is away at start must not keep the tool from
    // starting (it serves its own sockets, and reaches the others once Redis answers).
    const connected = await settledWithin(Promise.all([pub.connect(), sub.connect()]), REDIS_WAIT_MS * 2);
    if (!connected) logger.warn('redis adapter: Redis not reachable at start; events reach other processes once it is');
    io.adapter(createRedisAdapter(pub, sub));
    return { kind: 'redis', close: () => closeRedisClients([pub, sub]) };
  }
  if (databaseUrl) {
    // A pool of its own: LISTEN holds one connection for good, which the app's pool must not
    // lose; the others carry one NOTIFY per event, hundreds at once when a class is let in.
    // A connection attempt during an outage must give up, or shutting down would wait for it forever.
    const pool = new Pool({ connectionString: databaseUrl, max: 8, connectionTimeoutMillis: 5_000 });
    pool.on('error', (error) => logger.error({ err: error }, 'postgres adapter connection error'));
    await pool.query(CREATE_ATTACHMENTS_TABLE);
    const events = postgresEvents(pool, logger);
    io.adapter(events.factory);
    return { kind: 'postgres', close: () => events.close() };
  }
  return { kind: 'memory', close: async () => undefined };
}

/** True when `work` settled within `ms`; false when it is still pending (it goes on by itself). */
function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    work.then(() => true, () => false),
    new Promise<boolean>((resolve) => setTimeout(resolve, ms, false).unref()),
  ]);
}

/**
 * Quits as before when Redis answers; a Redis that does not (an outage) is not waited for,
 * or stopping would wait for it. Nothing is torn down by force: that would reject commands
 * the adapter still holds, and the process is on its way out anyway.
 */
async function closeRedisClients(clients: ReturnType<typeof createClient>[]): Promise<void> {
  await settledWithin(Promise.allSettled(clients.map((client) => client.quit())), REDIS_WAIT_MS * 2);
}
