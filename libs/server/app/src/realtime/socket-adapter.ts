import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { Pool } from 'pg';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import type { Logger } from '../logger';

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
    const pool = new Pool({ connectionString: databaseUrl, max: 8 });
    pool.on('error', (error) => logger.error({ err: error }, 'postgres adapter connection error'));
    // Payloads over 8 kB travel through this table (the adapter's own contract).
    await pool.query('CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)');
    io.adapter(createPostgresAdapter(pool, { errorHandler: (error: Error) => logger.error({ err: error }, 'postgres adapter error') }));
    return { kind: 'postgres', close: () => pool.end() };
  }
  return { kind: 'memory', close: async () => undefined };
}
