import { mkdirSync } from 'node:fs';
import type { DbKind } from './bench-database';
import type { BenchOptions } from './bench-options';
import { closeHttpAgent } from './http-client';
import { progress, type RunGuard } from './run-guard';
import type { BenchOutcome, SummaryRow } from './summary';

/** One benchmark as runOnEachDatabase drives it; R is one result (a table's worth of figures). */
export interface BenchRun<R> {
  /** Holds the servers and databases of the run; installed here, so Ctrl-C closes them. */
  guard: RunGuard;
  options: Pick<BenchOptions, 'dbs' | 'cpuProfileDir'>;
  /** The results on one kind of database; none when interrupted. */
  benchOne(db: DbKind): Promise<R[]>;
  /** A result's table, printed when its database is done; absent when benchOne prints its own as it goes. */
  table?(result: R): string;
  summary(results: R[]): string;
  /** The last line of stdout: one line of JSON with every figure. */
  json(results: R[]): string;
  /** Non-zero when the figures hold a failure; 0 when absent. */
  exitCode?(results: R[]): number;
  /** The key figures and their targets, for `npm run bench -- all`'s table. */
  rows?(results: R[]): SummaryRow[];
}

/**
 * Runs a benchmark on each database in turn, then prints the summary and the JSON line.
 * Returns the exit code and the key figures; 130 after Ctrl-C, with no report.
 */
export async function runOnEachDatabase<R>(run: BenchRun<R>): Promise<BenchOutcome> {
  const { guard, options } = run;
  guard.install();
  if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });

  const results: R[] = [];
  try {
    for (const db of options.dbs) {
      if (guard.interrupted) break;
      for (const result of await run.benchOne(db)) {
        if (run.table) console.log(run.table(result));
        results.push(result);
      }
    }
  } catch (error) {
    // After a signal, work in flight fails because the servers are going away: not worth a report.
    if (!guard.interrupted) throw error;
  } finally {
    closeHttpAgent();
  }
  if (guard.interrupted) return { exitCode: 130, rows: [] };
  if (options.cpuProfileDir) progress(`server CPU profiles are in ${options.cpuProfileDir} (one per server process; the pids are in the file names)`);

  console.log(run.summary(results));
  console.log(run.json(results));
  return { exitCode: run.exitCode?.(results) ?? 0, rows: run.rows?.(results) ?? [] };
}
