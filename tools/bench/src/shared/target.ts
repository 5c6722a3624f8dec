import { join } from 'node:path';
import { startDevLms, type DevLms } from '@lti-rooms/dev-lms';
import { createBenchDatabase, type BenchDatabase, type DbKind } from './bench-database';
import type { LaunchTarget, TargetKind } from './launch-flow';
import { startServerProcess, type ServerProcess } from './server-process';

/** The child-process entry that runs LTI Rooms itself, as `npm start` would. */
export const OUR_TOOL_ENTRY = join(__dirname, 'our-tool-server.ts');

export interface RunningTarget extends LaunchTarget {
  server: ServerProcess;
  close(): Promise<void>;
}

const quiet = { info: () => undefined, warn: () => undefined, error: (...args: unknown[]) => console.error(...args) };

/**
 * One tool under test, ready to launch: its own fresh database, its server (`entry`) in a
 * child process, and a dev LMS of its own (a dev LMS holds one registration) in this process,
 * registered through LTI Dynamic Registration exactly as an LMS administrator would.
 */
export async function startTarget(kind: TargetKind, entry: string, dbKind: DbKind, options: { postgresUrl: string; nodeFlags: string[] }): Promise<RunningTarget> {
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
    const server = await startServerProcess(entry, { dbKind, dataDir: database.dataDir, databaseUrl: database.url }, options.nodeFlags);
    closers.push(() => server.stop());
    const lms: DevLms = await startDevLms({ port: 0, toolUrl: server.url, logger: quiet });
    closers.push(() => lms.close());
    await lms.register();
    return { kind, url: server.url, lms, server, close };
  } catch (error) {
    await close();
    throw error;
  }
}
