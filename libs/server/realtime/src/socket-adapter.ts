import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { Pool } from 'pg';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import type { Logger } from '@lti-rooms/server-core';
import { CREATE_ATTACHMENTS_TABLE, postgresEvents } from './postgres-adapter';

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
    const pub = createClient({ url: redisUrl });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on('error', (error) => logger.error({ err: error }, 'redis adapter connection error'));
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createRedisAdapter(pub, sub));
    return { kind: 'redis', close: async () => void (await Promise.allSettled([pub.quit(), sub.quit()])) };
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
