import { DEFAULT_POSTGRES_URL, type DbKind } from './bench-database';

/** The usage lines every benchmark shares. */
export const COMMON_USAGE = `  --db sqlite|postgres|both   databases to run on (default both)
  --postgres-url <url>        admin connection for creating lti_rooms_bench_* databases
                              (default $BENCH_POSTGRES_URL or ${DEFAULT_POSTGRES_URL})
  --cpu-prof <dir>            run both servers with --cpu-prof, writing .cpuprofile files to <dir>`;

/** The parseArgs options behind COMMON_USAGE. */
export const COMMON_OPTIONS = {
  db: { type: 'string', default: 'both' },
  'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
  'cpu-prof': { type: 'string' },
} as const;

export function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

/** --db: which databases, in the order they run. */
export function databasesOf(value: string): DbKind[] {
  const dbs: Record<string, DbKind[]> = { sqlite: ['sqlite'], postgres: ['postgres'], both: ['sqlite', 'postgres'] };
  if (!dbs[value]) throw new Error(`--db must be sqlite, postgres or both, got "${value}"`);
  return dbs[value];
}
