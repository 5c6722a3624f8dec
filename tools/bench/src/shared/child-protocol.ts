/**
 * The messages between the bench (parent) and a target server (child) over Node's IPC
 * channel. IPC rather than stdout so the servers' own output can never be mistaken for them.
 */
export type ParentMessage =
  | { type: 'cpu'; id: number }
  /** Collect garbage first (the child must run with --expose-gc), then measure: live memory, not garbage. */
  | { type: 'memory'; id: number }
  /** What the server did since the previous activity question (the event-loop delay window restarts at each). */
  | { type: 'activity'; id: number }
  | { type: 'stop' };

export interface MemoryFigures {
  heapUsedBytes: number;
  rssBytes: number;
  /** Memory of C++ objects bound to JS ones (Buffers, sockets' native state). */
  externalBytes: number;
}

/** A server's own count of its work, cumulative since it started: what a child entry can report beyond CPU and memory. */
export interface ServerCounters {
  /** SQL statements sent to the database (through Sequelize). */
  queries: number;
  /** Each repeating job's runs and their total duration. */
  jobs: Record<string, { runs: number; totalMs: number }>;
}

export interface ActivityFigures {
  /** perf_hooks.monitorEventLoopDelay over the window since the previous question: ms beyond the sampler's own timer. */
  eventLoopDelayP50Ms: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  /** Absent for a server that does not count (a bare baseline). */
  counters: ServerCounters | null;
}

export type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'failed'; message: string }
  | { type: 'cpu'; id: number; userMicros: number; systemMicros: number }
  | ({ type: 'memory'; id: number; gcForced: boolean } & MemoryFigures)
  | ({ type: 'activity'; id: number } & ActivityFigures);

/** What the parent tells a server child through its environment. */
export interface ChildEnv {
  dbKind: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
  port: number;
  /** Shared by every process of one deployment, so a launch through one is valid on the others. */
  ltiKey?: string;
  /** The address people use (the first process's, as behind a load balancer); default: the process's own. */
  publicUrl?: string;
  /** LTI_REGISTRATION_ALLOWED_HOSTS: the bench's dev LMS, which listens on loopback. */
  allowedHosts?: string;
}

export const CHILD_ENV = {
  dbKind: 'BENCH_DB_KIND',
  dataDir: 'BENCH_DATA_DIR',
  databaseUrl: 'BENCH_DATABASE_URL',
  port: 'BENCH_PORT',
  ltiKey: 'BENCH_LTI_KEY',
  publicUrl: 'BENCH_PUBLIC_URL',
  allowedHosts: 'BENCH_ALLOWED_HOSTS',
} as const;

export function childEnvVars(env: ChildEnv): Record<string, string> {
  return {
    [CHILD_ENV.dbKind]: env.dbKind,
    [CHILD_ENV.dataDir]: env.dataDir,
    [CHILD_ENV.port]: String(env.port),
    ...(env.databaseUrl ? { [CHILD_ENV.databaseUrl]: env.databaseUrl } : {}),
    ...(env.ltiKey ? { [CHILD_ENV.ltiKey]: env.ltiKey } : {}),
    ...(env.publicUrl ? { [CHILD_ENV.publicUrl]: env.publicUrl } : {}),
    ...(env.allowedHosts ? { [CHILD_ENV.allowedHosts]: env.allowedHosts } : {}),
  };
}
