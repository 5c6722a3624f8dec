import { createBenchDatabase, type DbKind } from './bench-database';
import { startServerProcess, type ServerProcess } from './server-process';

export interface BaselineDeployment {
  servers: ServerProcess[];
  close(): Promise<void>;
}

/**
 * A baseline's bare Socket.IO servers (`entry`, a child-process entry): one process, or
 * several sharing events through Socket.IO's PostgreSQL adapter on a fresh database of their own.
 */
export async function startBaselineProcesses(entry: string, db: DbKind, processes: number, options: { postgresUrl: string; nodeFlags: string[] }): Promise<BaselineDeployment> {
  const closers: Array<() => Promise<void>> = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const closer of closers.reverse()) await closer().catch((error: unknown) => console.error('bench: cleanup of the baseline failed:', error));
    })());
  try {
    // Only the adapter uses the database: SQLite's side has none.
    const database = await createBenchDatabase(processes > 1 ? 'postgres' : 'sqlite', options.postgresUrl);
    closers.push(() => database.drop());
    const servers: ServerProcess[] = [];
    for (let i = 0; i < processes; i++) {
      const server = await startServerProcess(entry, { dbKind: db, dataDir: database.dataDir, databaseUrl: database.url }, options.nodeFlags);
      closers.push(() => server.stop());
      servers.push(server);
    }
    return { servers, close };
  } catch (error) {
    await close();
    throw error;
  }
}

