import { loadavg } from 'node:os';
import type { DbKind } from '../shared/bench-database';
import { LAUNCH_STEPS, type StepDurations } from '../shared/launch-flow';
import { percentile } from '../shared/stats';
import type { RunningTarget } from '../shared/target';
import { mergeRuns, runLaunches, type RunResult } from './load-runner';

export interface TargetFigures {
  launches: number;
  launchesPerS: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  firstError: string | null;
  /** CPU time the server process spent per launch: where a slower tool's time goes. */
  serverCpuMsPerLaunch: number;
  /** Median duration of each request of a launch. */
  stepP50Ms: StepDurations;
}

export interface Measurement {
  db: DbKind;
  concurrency: number;
  ours: TargetFigures;
  baseline: TargetFigures;
  /** CPU this process (load generator and both dev LMSs) used, as % of one core: near 100 means the client limits the figures. */
  loadGeneratorCpuPct: number;
  /** The machine's 1-minute load average when the measurement ended: other work skews both targets' figures. */
  loadAverage1m: number;
}

interface Tally {
  runs: RunResult[];
  serverCpuMs: number;
}

async function timedRun(target: RunningTarget, count: number, concurrency: number, tally: Tally): Promise<void> {
  const cpuBefore = await target.server.cpuMs();
  tally.runs.push(await runLaunches(target, count, concurrency));
  tally.serverCpuMs += (await target.server.cpuMs()) - cpuBefore;
}

function figures(tally: Tally): TargetFigures {
  const run = mergeRuns(tally.runs);
  const ok = run.latenciesMs.length;
  return {
    launches: ok,
    launchesPerS: ok / (run.elapsedMs / 1000),
    p50Ms: percentile(run.latenciesMs, 50),
    p99Ms: percentile(run.latenciesMs, 99),
    errors: run.errors,
    firstError: run.firstError,
    serverCpuMsPerLaunch: ok + run.errors > 0 ? tally.serverCpuMs / (ok + run.errors) : Number.NaN,
    stepP50Ms: Object.fromEntries(LAUNCH_STEPS.map((step) => [step, percentile(run.steps.map((s) => s[step]), 50)])) as StepDurations,
  };
}

/**
 * Measures both targets at one concurrency. The launches are split in two halves run in the
 * order ours, baseline, baseline, ours, so a drift over time (a growing database, autovacuum,
 * a busy neighbour) weighs on both alike instead of on whichever runs second.
 */
export async function measurePair(ours: RunningTarget, baseline: RunningTarget, db: DbKind, launches: number, concurrency: number): Promise<Measurement> {
  const first = Math.ceil(launches / 2);
  const second = launches - first;
  const oursTally: Tally = { runs: [], serverCpuMs: 0 };
  const baselineTally: Tally = { runs: [], serverCpuMs: 0 };
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();

  await timedRun(ours, first, concurrency, oursTally);
  await timedRun(baseline, first, concurrency, baselineTally);
  if (second > 0) {
    await timedRun(baseline, second, concurrency, baselineTally);
    await timedRun(ours, second, concurrency, oursTally);
  }

  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - wallBefore;
  return {
    db,
    concurrency,
    ours: figures(oursTally),
    baseline: figures(baselineTally),
    loadGeneratorCpuPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    loadAverage1m: loadavg()[0],
  };
}

/**
 * Unmeasured launches: JIT, connection pools and key caches warm up before the clock runs.
 * Only a target that cannot launch at all stops the run; occasional failures under load are
 * a finding, and the measured runs count them.
 */
export async function warmUp(target: RunningTarget, launches: number, concurrency: number): Promise<void> {
  if (launches === 0) return;
  const run = await runLaunches(target, launches, concurrency);
  if (run.errors === launches) throw new Error(`every warm-up launch failed: ${run.firstError}`);
  if (run.errors > 0) process.stderr.write(`bench: ${run.errors} of ${launches} warm-up launches failed; first: ${run.firstError}\n`);
}
