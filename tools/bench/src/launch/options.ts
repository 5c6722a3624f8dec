import { parseArgs } from 'node:util';
import { DEFAULT_POSTGRES_URL, type DbKind } from '../shared/bench-database';

export interface LaunchBenchOptions {
  dbs: DbKind[];
  launches: number;
  concurrencies: number[];
  warmup: number;
  postgresUrl: string;
  /** Node flags for both server processes, identical for ours and the baseline. */
  nodeFlags: string[];
  /** Where --cpu-prof writes the servers' profiles; null when not profiling. */
  cpuProfileDir: string | null;
}

export const LAUNCH_USAGE = `npm run bench -- launch [options]
  --db sqlite|postgres|both   databases to run on (default both)
  --n <count>                 measured launches per target, database and concurrency (default 300)
  --concurrency <list>        comma-separated virtual browsers, e.g. 1,20 (default 1,20)
  --warmup <count>            unmeasured launches per target before measuring (default 20)
  --postgres-url <url>        admin connection for creating lti_rooms_bench_* databases
                              (default $BENCH_POSTGRES_URL or ${DEFAULT_POSTGRES_URL})
  --cpu-prof <dir>            run both servers with --cpu-prof, writing .cpuprofile files to <dir>`;

function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

export function parseLaunchOptions(argv: string[]): LaunchBenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'both' },
      n: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '1,20' },
      warmup: { type: 'string', default: '20' },
      'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
      'cpu-prof': { type: 'string' },
    },
  });
  const dbs: Record<string, DbKind[]> = { sqlite: ['sqlite'], postgres: ['postgres'], both: ['sqlite', 'postgres'] };
  if (!dbs[values.db]) throw new Error(`--db must be sqlite, postgres or both, got "${values.db}"`);
  const concurrencies = values.concurrency.split(',').map((part) => positiveInt('concurrency', part.trim()));
  const cpuProfileDir = values['cpu-prof'] ?? null;
  return {
    dbs: dbs[values.db],
    launches: positiveInt('n', values.n),
    concurrencies,
    warmup: Number(values.warmup) === 0 ? 0 : positiveInt('warmup', values.warmup),
    postgresUrl: values['postgres-url'],
    nodeFlags: cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [],
    cpuProfileDir,
  };
}
