import { parseArgs } from 'node:util';
import { DEFAULT_POSTGRES_URL, type DbKind } from '../shared/bench-database';

export interface JoinStormOptions {
  dbs: DbKind[];
  clients: number;
  rounds: number;
  postgresUrl: string;
  /** Node flags for both server processes, identical for ours and the baseline. */
  nodeFlags: string[];
  /** Where --cpu-prof writes the servers' profiles; null when not profiling. */
  cpuProfileDir: string | null;
}

export const JOIN_STORM_USAGE = `npm run bench -- join-storm [options]
  --db sqlite|postgres|both   databases to run on (default both)
  --clients <count>           clients waiting in the panel room (default 300; a panel room holds 300)
  --rounds <count>            storms per database, each in a fresh session (default 3)
  --postgres-url <url>        admin connection for creating lti_rooms_bench_* databases
                              (default $BENCH_POSTGRES_URL or ${DEFAULT_POSTGRES_URL})
  --cpu-prof <dir>            run both servers with --cpu-prof, writing .cpuprofile files to <dir>`;

function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

export function parseJoinStormOptions(argv: string[]): JoinStormOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'both' },
      clients: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '3' },
      'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
      'cpu-prof': { type: 'string' },
    },
  });
  const dbs: Record<string, DbKind[]> = { sqlite: ['sqlite'], postgres: ['postgres'], both: ['sqlite', 'postgres'] };
  if (!dbs[values.db]) throw new Error(`--db must be sqlite, postgres or both, got "${values.db}"`);
  const cpuProfileDir = values['cpu-prof'] ?? null;
  return {
    dbs: dbs[values.db],
    clients: positiveInt('clients', values.clients),
    rounds: positiveInt('rounds', values.rounds),
    postgresUrl: values['postgres-url'],
    // The memory figures need a garbage collection on request.
    nodeFlags: ['--expose-gc', ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [])],
    cpuProfileDir,
  };
}
