import { join } from 'node:path';
import { runOnEachDatabase } from '../shared/bench-run';
import { progress, RunGuard } from '../shared/run-guard';
import type { BenchOutcome } from '../shared/summary';
import { OUR_TOOL_ENTRY, startTarget, type RunningTarget } from '../shared/target';
import { measurePair, warmUp, type Measurement } from './measure';
import { parseLaunchOptions, type LaunchBenchOptions } from './options';
import { formatMeasurement, formatSummary, resultJson } from './report';
import { launchRows } from './summary-rows';

const SERVER_ENTRIES = { ours: OUR_TOOL_ENTRY, baseline: join(__dirname, 'baseline-server.ts') } as const;

/** Holds the servers and databases of the run; Ctrl-C closes them. */
const guard = new RunGuard();

async function closeTargets(targets: RunningTarget[]): Promise<void> {
  await Promise.all(targets.map((target) => guard.release(target.close)));
}

/** Both targets on one kind of database, measured at every concurrency. */
async function benchOneDatabase(db: LaunchBenchOptions['dbs'][number], options: LaunchBenchOptions): Promise<Measurement[]> {
  progress(`${db}: starting our tool and the ltijs baseline, each with a fresh database and its own dev LMS`);
  const started = await Promise.allSettled([
    startTarget('ours', SERVER_ENTRIES.ours, db, options),
    startTarget('baseline', SERVER_ENTRIES.baseline, db, options),
  ]);
  const targets = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  targets.forEach((target) => guard.hold(target.close));
  try {
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    if (guard.interrupted) return [];
    const [ours, baseline] = targets;
    progress(`${db}: ours is pid ${ours.server.pid} at ${ours.url}, the baseline pid ${baseline.server.pid} at ${baseline.url}`);

    const warmupConcurrency = Math.max(...options.concurrencies);
    progress(`${db}: warming up, ${options.warmup} launches per target`);
    await warmUp(ours, options.warmup, warmupConcurrency);
    await warmUp(baseline, options.warmup, warmupConcurrency);

    const measurements: Measurement[] = [];
    for (const concurrency of options.concurrencies) {
      progress(`${db}: ${options.launches} launches per target at concurrency ${concurrency}`);
      const measurement = await measurePair(ours, baseline, db, options.launches, concurrency);
      if (guard.interrupted) break; // its launches ran into servers being stopped
      console.log(formatMeasurement(measurement, options.launches));
      measurements.push(measurement);
    }
    return measurements;
  } finally {
    await closeTargets(targets);
  }
}

/** `npm run bench -- launch`: full LTI launches of new users, ours against bare ltijs. Returns the exit code. */
export async function runLaunchBench(argv: string[]): Promise<BenchOutcome> {
  const options = parseLaunchOptions(argv);
  return runOnEachDatabase({
    guard,
    options,
    // Its tables are printed as each concurrency is done, not at the end of the database.
    benchOne: (db) => benchOneDatabase(db, options),
    summary: formatSummary,
    json: (measurements) => resultJson(measurements, options.launches),
    exitCode: (measurements) => (measurements.some((m) => m.ours.errors + m.baseline.errors > 0) ? 1 : 0),
    rows: launchRows,
  });
}
