import { parseArgs } from 'node:util';
import { type DbKind } from '../shared/bench-database';
import { COMMON_OPTIONS, COMMON_USAGE, databasesOf, positiveInt } from '../shared/bench-options';

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
  --n <count>                 measured launches per target, database and concurrency (default 300)
  --concurrency <list>        comma-separated virtual browsers, e.g. 1,20 (default 1,20)
  --warmup <count>            unmeasured launches per target before measuring (default 20)
${COMMON_USAGE}`;

export function parseLaunchOptions(argv: string[]): LaunchBenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...COMMON_OPTIONS,
      n: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '1,20' },
      warmup: { type: 'string', default: '20' },
    },
  });
  const concurrencies = values.concurrency.split(',').map((part) => positiveInt('concurrency', part.trim()));
  const cpuProfileDir = values['cpu-prof'] ?? null;
  return {
    dbs: databasesOf(values.db),
    launches: positiveInt('n', values.n),
    concurrencies,
    warmup: Number(values.warmup) === 0 ? 0 : positiveInt('warmup', values.warmup),
    postgresUrl: values['postgres-url'],
    nodeFlags: cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [],
    cpuProfileDir,
  };
}
