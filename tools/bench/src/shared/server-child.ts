import type { Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CHILD_ENV, type ChildEnv, type ChildMessage, type ParentMessage, type ServerCounters } from './child-protocol';

export interface ChildServer {
  url: string;
  close(): Promise<void>;
  /** The server's own counts of its work (queries, job runs); a bare baseline has none. */
  counters?(): Promise<ServerCounters>;
}

/** The event-loop delay sampler's timer, in ms: fine enough for a 50 ms target, coarse enough to cost nothing. */
const LOOP_DELAY_RESOLUTION_MS = 10;
/** The sampler records each tick's whole interval: the lag is what exceeds its own timer (as @fastify/under-pressure counts it). */
const lagMs = (ns: number) => Math.max(0, ns / 1e6 - LOOP_DELAY_RESOLUTION_MS);

/** Shutting down must not hang the bench: after this the child exits anyway. */
const CLOSE_TIMEOUT_MS = 3_000;

function readEnv(): ChildEnv {
  const dbKind = process.env[CHILD_ENV.dbKind];
  const dataDir = process.env[CHILD_ENV.dataDir];
  const port = Number(process.env[CHILD_ENV.port]);
  if ((dbKind !== 'sqlite' && dbKind !== 'postgres') || !dataDir || !port) {
    throw new Error('a bench server must be started by the bench (BENCH_DB_KIND, BENCH_DATA_DIR and BENCH_PORT are missing)');
  }
  return { dbKind, dataDir, port, databaseUrl: process.env[CHILD_ENV.databaseUrl], ltiKey: process.env[CHILD_ENV.ltiKey], publicUrl: process.env[CHILD_ENV.publicUrl], allowedHosts: process.env[CHILD_ENV.allowedHosts] };
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

/** Lets V8's concurrent sweeper hand freed pages back, so RSS shows what is live, not what was. */
const SWEEP_PAUSE_MS = 200;

/** Full collections with a pause between: the first may only queue finalizers whose memory the second frees. */
async function measureMemory(id: number): Promise<ChildMessage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, SWEEP_PAUSE_MS));
    gc();
    await new Promise((resolve) => setTimeout(resolve, SWEEP_PAUSE_MS));
  }
  const usage = process.memoryUsage();
  return { type: 'memory', id, gcForced: gc !== undefined, heapUsedBytes: usage.heapUsed, rssBytes: usage.rss, externalBytes: usage.external };
}

/**
 * The child side of a target server: starts it, reports its URL, answers CPU-time and memory
 * requests and stops on request. It also exits when the bench dies (the IPC channel closes), so no
 * server outlives a crashed or killed bench.
 */
export function serveFromChild(start: (env: ChildEnv) => Promise<ChildServer>): void {
  if (!process.send) throw new Error('a bench server must be started with an IPC channel');
  process.on('disconnect', () => process.exit(0));
  let server: ChildServer | undefined;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  loopDelay.enable();

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'cpu') {
      const usage = process.cpuUsage();
      send({ type: 'cpu', id: message.id, userMicros: usage.user, systemMicros: usage.system });
    } else if (message.type === 'memory') {
      void measureMemory(message.id).then(send);
    } else if (message.type === 'activity') {
      // Read and restart the delay window at once, before awaiting anything.
      const delay = { eventLoopDelayP50Ms: lagMs(loopDelay.percentile(50)), eventLoopDelayP99Ms: lagMs(loopDelay.percentile(99)), eventLoopDelayMaxMs: lagMs(loopDelay.max) };
      loopDelay.reset();
      void (server?.counters?.() ?? Promise.resolve(null)).then((counters) => send({ type: 'activity', id: message.id, ...delay, counters }));
    } else if (message.type === 'stop') {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
      // process.exit (not a kill) so that --cpu-prof can write its profile.
      void Promise.race([server?.close().catch(() => undefined), timeout]).finally(() => process.exit(0));
    }
  });

  Promise.resolve()
    .then(() => start(readEnv()))
    .then((started) => {
      server = started;
      send({ type: 'ready', url: started.url });
    })
    .catch((error: unknown) => {
      send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exit(1);
    });
}

/** Listens on the port the bench gave the child, on loopback only; returns the server's URL. */
export async function listenOnLoopback(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${port}`;
}
