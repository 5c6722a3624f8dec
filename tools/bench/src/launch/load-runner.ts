import { performance } from 'node:perf_hooks';
import { benchUserId, launchOnce, type LaunchTarget, type StepDurations } from '../shared/launch-flow';

export interface RunResult {
  /** Wall time from the first launch's start to the last one's end. */
  elapsedMs: number;
  /** Duration of each successful launch, all five steps. */
  latenciesMs: number[];
  /** Per successful launch, how long each of its requests took. */
  steps: StepDurations[];
  errors: number;
  firstError: string | null;
}

/** Every launch in the whole run gets a user id no target has seen. */
let nextUser = 1;

/**
 * Runs `count` launches with `concurrency` virtual browsers, each starting its next launch
 * as soon as the previous one ends (a closed loop: throughput is what the tool sustains).
 */
export async function runLaunches(target: LaunchTarget, count: number, concurrency: number): Promise<RunResult> {
  const latenciesMs: number[] = [];
  const steps: StepDurations[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let started = 0;

  const worker = async () => {
    while (started < count) {
      started += 1;
      const userId = benchUserId(nextUser++);
      const begin = performance.now();
      try {
        steps.push(await launchOnce(target, userId));
        latenciesMs.push(performance.now() - begin);
      } catch (error) {
        errors += 1;
        firstError ??= `${target.kind}: ${(error as Error).message}`;
      }
    }
  };

  const begin = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { elapsedMs: performance.now() - begin, latenciesMs, steps, errors, firstError };
}

/** Adds up the halves of a measurement that was split to interleave the targets. */
export function mergeRuns(runs: RunResult[]): RunResult {
  return {
    elapsedMs: runs.reduce((sum, run) => sum + run.elapsedMs, 0),
    latenciesMs: runs.flatMap((run) => run.latenciesMs),
    steps: runs.flatMap((run) => run.steps),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    firstError: runs.find((run) => run.firstError)?.firstError ?? null,
  };
}
