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

/** Set by Ctrl-C or SIGTERM: the run winds down through its normal cleanup and reports nothing. */
let interrupted = false;

function installCleanupHandlers(): void {
  // Last resort, synchronous: no server process outlives the bench.
  process.on('exit', killAllServers);
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      progress(`${signal} again: killing the servers without dropping the databases`);
      process.exit(130);
    }
    interrupted = true;
    progress(`${signal}: stopping the servers and dropping the databases (again to force)`);
    // Stopping the servers makes launches in flight fail fast; the run's finally blocks do the rest.
    void closeTargets([...active]);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
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
    if (interrupted) return [];
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
      if (interrupted) break; // its launches ran into servers being stopped
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
    for (const db of options.dbs) {
      if (interrupted) break;
      measurements.push(...(await benchOneDatabase(db, options)));
    }
  } catch (error) {
    // After a signal, launches fail because the servers are going away: not worth a report.
    if (!interrupted) throw error;
  } finally {
    closeHttpAgent();
  }
  if (interrupted) return 130;
  if (options.cpuProfileDir) progress(`server CPU profiles are in ${options.cpuProfileDir} (one per server process; the pids are in the file names)`);

  console.log(formatSummary(measurements));
  console.log(resultJson(measurements, options.launches));
  const errors = measurements.reduce((sum, m) => sum + m.ours.errors + m.baseline.errors, 0);
  return errors > 0 ? 1 : 0;
}
