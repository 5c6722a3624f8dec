import { mkdirSync } from 'node:fs';
import { closeHttpAgent } from './http-client';
import { measurePair, warmUp, type Measurement } from './measure';
import { parseLaunchOptions, type LaunchBenchOptions } from './options';
import { formatMeasurement, formatSummary, resultJson } from './report';
import { killAllServers } from './server-process';
import { startTarget, type RunningTarget } from './target';

/** Progress goes to stderr: stdout is the report, and its last line the JSON. */
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** Targets that hold processes and databases right now; a signal cleans them up. */
const active = new Set<RunningTarget>();

async function closeTargets(targets: RunningTarget[]): Promise<void> {
  await Promise.all(targets.map(async (target) => {
    active.delete(target);
    await target.close();
  }));
}

function installCleanupHandlers(): void {
  // Last resort, synchronous: no server process outlives the bench.
  process.on('exit', killAllServers);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping servers and dropping databases`);
      killAllServers();
      void closeTargets([...active]).finally(() => process.exit(130));
    });
  }
}

/** Both targets on one kind of database, measured at every concurrency. */
async function benchOneDatabase(db: LaunchBenchOptions['dbs'][number], options: LaunchBenchOptions): Promise<Measurement[]> {
  progress(`${db}: starting our tool and the ltijs baseline, each with a fresh database and its own dev LMS`);
  const started = await Promise.allSettled([
    startTarget('ours', db, options),
    startTarget('baseline', db, options),
  ]);
  const targets = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  targets.forEach((target) => active.add(target));
  try {
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [ours, baseline] = targets;

    const warmupConcurrency = Math.max(...options.concurrencies);
    progress(`${db}: warming up, ${options.warmup} launches per target`);
    await warmUp(ours, options.warmup, warmupConcurrency);
    await warmUp(baseline, options.warmup, warmupConcurrency);

    const measurements: Measurement[] = [];
    for (const concurrency of options.concurrencies) {
      progress(`${db}: ${options.launches} launches per target at concurrency ${concurrency}`);
      const measurement = await measurePair(ours, baseline, db, options.launches, concurrency);
      console.log(formatMeasurement(measurement, options.launches));
      measurements.push(measurement);
    }
    return measurements;
  } finally {
    await closeTargets(targets);
  }
}

/** `npm run bench -- launch`: full LTI launches of new users, ours against bare ltijs. Returns the exit code. */
export async function runLaunchBench(argv: string[]): Promise<number> {
  const options = parseLaunchOptions(argv);
  installCleanupHandlers();
  if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });

  const measurements: Measurement[] = [];
  try {
    for (const db of options.dbs) measurements.push(...(await benchOneDatabase(db, options)));
  } finally {
    closeHttpAgent();
    killAllServers();
  }
  if (options.cpuProfileDir) progress(`server CPU profiles are in ${options.cpuProfileDir} (one per server process; the pids are in the file names)`);

  console.log(formatSummary(measurements));
  console.log(resultJson(measurements, options.launches));
  const errors = measurements.reduce((sum, m) => sum + m.ours.errors + m.baseline.errors, 0);
  return errors > 0 ? 1 : 0;
}
