import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_POSTGRES_URL, type DbKind } from './bench-database';

/** What every benchmark's options hold, read from COMMON_OPTIONS. */
export interface BenchOptions {
  dbs: DbKind[];
  postgresUrl: string;
  /** Node flags for every server process, identical for ours and the baseline. */
  nodeFlags: string[];
  /** Where --cpu-prof writes the servers' profiles; null when not profiling. */
  cpuProfileDir: string | null;
}

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

type OwnOptions = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs yields for COMMON_OPTIONS. */
interface CommonValues {
  db: string;
  'postgres-url': string;
  'cpu-prof'?: string;
}

/**
 * Parses a benchmark's argv: COMMON_OPTIONS plus its `own`, strictly, no positionals. Returns
 * the common options read (`serverFlags` come before --cpu-prof's in nodeFlags) and the
 * values of its own for it to read.
 */
export function parseBenchArgs<const Own extends OwnOptions>(argv: string[], own: Own, serverFlags: string[] = []) {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { ...COMMON_OPTIONS, ...own } });
  // TypeScript cannot see COMMON_OPTIONS' values through a type that still depends on Own.
  const commonValues = values as CommonValues;
  const cpuProfileDir = commonValues['cpu-prof'] ?? null;
  const common: BenchOptions = {
    dbs: databasesOf(commonValues.db),
    postgresUrl: commonValues['postgres-url'],
    nodeFlags: [...serverFlags, ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [])],
    cpuProfileDir,
  };
  return { common, values };
}
