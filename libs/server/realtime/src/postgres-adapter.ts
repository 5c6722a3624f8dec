import { PostgresAdapter } from '@socket.io/postgres-adapter';
import type { Pool, PoolClient } from 'pg';
import type { Logger } from '@lti-rooms/server-core';

/** Payloads over 8 kB travel through this table (the adapter's own contract); older rows are swept. */
const ATTACHMENTS_TABLE = 'socket_io_attachments';
const ATTACHMENT_TTL_MS = 30_000;
const RECONNECT_MIN_MS = 1_000;

export interface PostgresEvents {
  /** Socket.IO's adapter factory: `io.adapter(factory)`. */
  factory: (nsp: unknown) => PostgresAdapter;
  close(): Promise<void>;
}

/**
 * Socket.IO events between processes through PostgreSQL LISTEN/NOTIFY. The package's
 * PostgresAdapter speaks the protocol; this replaces its factory, whose LISTEN connection
 * reconnects on a timer that nothing can stop: after an outage or a shutdown it kept
 * retrying forever (and kept the process alive). Here the listener reconnects after a
 * dropped connection until close(), and its timers never hold a process open.
 */
export function postgresEvents(pool: Pool, logger: Logger): PostgresEvents {
  const adapters = new Map<string, PostgresAdapter>();
  const onError = (error: Error) => logger.error({ err: error }, 'postgres adapter error');
  let listener: PoolClient | null = null;
  let connecting: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;

  const reconnectSoon = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void listen();
    }, RECONNECT_MIN_MS + Math.floor(Math.random() * RECONNECT_MIN_MS));
    retry.unref();
  };

  const listen = (): Promise<void> => {
    if (closed || listener) return Promise.resolve();
    connecting ??= (async () => {
      try {
        const client = await pool.connect();
        if (closed) return client.release();
        client.on('notification', (message) => {
          adapters.get(message.channel)?.onEvent(message.payload).catch(onError);
        });
        // A dropped connection emits 'error' and then 'end': listen again once it has ended.
        client.on('error', () => undefined);
        client.once('end', () => {
          if (listener === client) listener = null;
          // A checked-out client that died stays counted by the pool until its holder lets it go.
          client.release(true);
          reconnectSoon();
        });
        for (const channel of adapters.keys()) await client.query(`LISTEN "${channel}"`);
        listener = client;
      } catch (error) {
        onError(error as Error);
        reconnectSoon();
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  };

  const sweepAttachments = setInterval(() => {
    pool.query(`DELETE FROM ${ATTACHMENTS_TABLE} WHERE created_at < now() - interval '${ATTACHMENT_TTL_MS} milliseconds'`).catch(onError);
  }, ATTACHMENT_TTL_MS);
  sweepAttachments.unref();

  return {
    // A function, not an arrow: Socket.IO calls it with `new`.
    factory: function createAdapter(nsp: unknown) {
      const adapter = new PostgresAdapter(nsp, pool, { errorHandler: onError });
      adapters.set(adapter.channel, adapter);
      if (listener) listener.query(`LISTEN "${adapter.channel}"`).catch(onError);
      else void listen();
      return adapter;
    },
    close: async () => {
      closed = true;
      clearInterval(sweepAttachments);
      if (retry) clearTimeout(retry);
      await connecting;
      const client = listener;
      listener = null;
      client?.removeAllListeners('end');
      client?.release();
      await pool.end();
    },
  };
}

/** The table the adapter stores large payloads in. */
export const CREATE_ATTACHMENTS_TABLE = `CREATE TABLE IF NOT EXISTS ${ATTACHMENTS_TABLE} (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)`;
