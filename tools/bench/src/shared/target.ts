import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevLms, type DevLms } from '@lti-rooms/dev-lms';
import { createBenchDatabase, type BenchDatabase, type DbKind } from './bench-database';
import type { LaunchTarget, TargetKind } from './launch-flow';
import { freePort, startServerProcess, type ServerProcess } from './server-process';

/** The child-process entry that runs LTI Rooms itself, as `npm start` would. */
export const OUR_TOOL_ENTRY = join(__dirname, 'our-tool-server.ts');

export interface RunningTarget extends LaunchTarget {
  /** The first process: the one the dev LMS knows and launches go through. */
  server: ServerProcess;
  /** Every process of the deployment, the first one first. */
  servers: ServerProcess[];
  /** The PostgreSQL database the processes share; absent on SQLite. */
  databaseUrl?: string;
  close(): Promise<void>;
}

export interface TargetOptions {
  postgresUrl: string;
  nodeFlags: string[];
  /**
   * Server processes on the one database, as behind a load balancer (default 1): the same LTI
   * key, the first one's address as the public one. Only PostgreSQL can be shared this way.
   */
  processes?: number;
}

const quiet = { info: () => undefined, warn: () => undefined, error: (...args: unknown[]) => console.error(...args) };

/**
 * One tool under test, ready to launch: its own fresh database, its server (`entry`) in a
 * child process, and a dev LMS of its own (a dev LMS holds one registration) in this process,
 * registered through LTI Dynamic Registration exactly as an LMS administrator would.
 */
export async function startTarget(kind: TargetKind, entry: string, dbKind: DbKind, options: TargetOptions): Promise<RunningTarget> {
  const processes = options.processes ?? 1;
  if (processes > 1 && dbKind !== 'postgres') throw new Error('several server processes need a shared PostgreSQL database');
  const closers: Array<() => Promise<void>> = [];
  let closing: Promise<void> | undefined;
  // Memoised: a signal handler and the normal path may both close; both must wait for the end.
  const close = () =>
    (closing ??= (async () => {
      // Reverse order: the LMS and server go before their database is dropped.
      for (const closer of closers.reverse()) await closer().catch((error: unknown) => console.error(`bench: cleanup of ${kind} failed:`, error));
    })());
  try {
    const database: BenchDatabase = await createBenchDatabase(dbKind, options.postgresUrl);
    closers.push(() => database.drop());
    const ltiKey = processes > 1 ? randomBytes(32).toString('base64url') : undefined;
    // The dev LMS listens on loopback, which the tool fetches from only when allowed.
    const lmsPort = await freePort();
    const allowedHosts = `127.0.0.1:${lmsPort}`;
    const server = await startServerProcess(entry, { dbKind, dataDir: database.dataDir, databaseUrl: database.url, ltiKey, allowedHosts }, options.nodeFlags);
    closers.push(() => server.stop());
    const servers = [server];
    // One after the other: each runs the migrations check at start, and the first has already migrated.
    for (let i = 1; i < processes; i++) {
      // Each process its own data dir, as on another machine: only the database and the key are shared.
      const dataDir = mkdtempSync(join(tmpdir(), 'lti-rooms-bench-'));
      closers.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      const other = await startServerProcess(entry, { dbKind, dataDir, databaseUrl: database.url, ltiKey, publicUrl: server.url, allowedHosts }, options.nodeFlags);
      closers.push(() => other.stop());
      servers.push(other);
    }
    const lms: DevLms = await startDevLms({ port: lmsPort, toolUrl: server.url, logger: quiet });
    closers.push(() => lms.close());
    await lms.register();
    return { kind, url: server.url, lms, server, servers, databaseUrl: database.url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
