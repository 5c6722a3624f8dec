import { COMMON_USAGE, parseBenchArgs, positiveInt, type BenchOptions } from '../shared/bench-options';

export interface LaunchBenchOptions extends BenchOptions {
  launches: number;
  concurrencies: number[];
  warmup: number;
}

export const LAUNCH_USAGE = `npm run bench -- launch [options]
  --n <count>                 measured launches per target, database and concurrency (default 300)
  --concurrency <list>        comma-separated virtual browsers, e.g. 1,20 (default 1,20)
  --warmup <count>            unmeasured launches per target before measuring (default 20)
${COMMON_USAGE}`;

export function parseLaunchOptions(argv: string[]): LaunchBenchOptions {
  const { common, values } = parseBenchArgs(argv, {
    n: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '1,20' },
    warmup: { type: 'string', default: '20' },
  });
  return {
    ...common,
    launches: positiveInt('n', values.n),
    concurrencies: values.concurrency.split(',').map((part) => positiveInt('concurrency', part.trim())),
    warmup: Number(values.warmup) === 0 ? 0 : positiveInt('warmup', values.warmup),
  };
}
