import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS } from '../shared/bench-options';
import { progress } from '../shared/run-guard';
import { round2 } from '../shared/stats';
import { ratioOf, type BenchOutcome, type SummaryRow } from '../shared/summary';

export interface BenchmarkEntry {
  run: (argv: string[]) => Promise<BenchOutcome>;
}

/**
 * What `all` runs: every benchmark with modest sizes, so the whole run fits in about twenty
 * minutes on two cores. The full sizes are each benchmark's own defaults.
 */
export const MODEST_ARGS: Record<string, string[]> = {
  launch: ['--n', '100', '--warmup', '10'],
  'join-storm': ['--rounds', '1'],
  stage: ['--transitions', '40'],
  rooms: ['--requests', '100'],
  sessions: ['--duration', '30'],
};

export const ALL_USAGE = `npm run bench -- all [options]
  runs ${Object.keys(MODEST_ARGS).join(', ')} in turn with modest sizes (${Object.entries(MODEST_ARGS).map(([name, args]) => `${name} ${args.join(' ')}`).join('; ')}),
  then prints one table of the key figures (ours, baseline, ratio, target, pass/fail) and one line of JSON
  --db sqlite|postgres|both   databases to run on (default both), passed to every benchmark
  --postgres-url <url>        passed to every benchmark`;

const cell = (value: number | null, digits = 1) => (value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const verdict = (pass: boolean | null) => (pass === null ? '' : pass ? 'pass' : 'FAIL');

function table(rows: SummaryRow[]): string {
  const header = ['benchmark', 'db', 'figure', 'ours', 'baseline', 'ratio', 'target', 'result'];
  const body = rows.map((row) => [row.benchmark, row.db, row.figure, cell(row.ours), cell(row.baseline), cell(row.baseline === null ? null : ratioOf(row), 2), row.target, verdict(row.pass)]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]) => cells.map((text, i) => (i >= 3 && i <= 5 ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** `npm run bench -- all`: every benchmark in turn, then one summary table and one JSON line. */
export async function runAllBenchmarks(argv: string[], benchmarks: Record<string, BenchmarkEntry>): Promise<BenchOutcome> {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { db: COMMON_OPTIONS.db, 'postgres-url': COMMON_OPTIONS['postgres-url'] } });
  const shared = ['--db', values.db, '--postgres-url', values['postgres-url']];
  const rows: SummaryRow[] = [];
  const outcomes: Record<string, { exitCode: number; minutes: number }> = {};
  const loadBefore = loadavg();
  for (const [name, args] of Object.entries(MODEST_ARGS)) {
    progress(`all: ${name} ${[...args, ...shared].join(' ')}`);
    const started = performance.now();
    let outcome: BenchOutcome;
    try {
      outcome = await benchmarks[name].run([...args, ...shared]);
    } catch (error) {
      // One benchmark that breaks must not lose the others' figures.
      progress(`all: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      outcome = { exitCode: 1, rows: [] };
    }
    outcomes[name] = { exitCode: outcome.exitCode, minutes: round2((performance.now() - started) / 60_000) };
    rows.push(...outcome.rows);
    if (outcome.exitCode === 130) break;
  }
  const loadAfter = loadavg();
  const failed = rows.filter((row) => row.pass === false);
  console.log(`\n== all benchmarks: key figures (ours vs baseline in the same run) ==\n${table(rows)}`);
  console.log(`\n${rows.filter((r) => r.pass !== null).length - failed.length} of ${rows.filter((r) => r.pass !== null).length} targets met; exit codes ${Object.entries(outcomes).map(([name, o]) => `${name} ${o.exitCode} (${o.minutes} min)`).join(', ')}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`);
  console.log(JSON.stringify({
    bench: 'all',
    loadavgBefore: loadBefore.map(round2),
    loadavgAfter: loadAfter.map(round2),
    benchmarks: outcomes,
    pass: failed.length === 0 && Object.values(outcomes).every((o) => o.exitCode === 0),
    results: rows.map((row) => ({ ...row, ours: round2(row.ours), baseline: row.baseline === null ? null : round2(row.baseline), ratio: row.baseline === null ? null : round2(ratioOf(row)) })),
  }));
  const interrupted = Object.values(outcomes).some((o) => o.exitCode === 130);
  return { exitCode: interrupted ? 130 : Object.values(outcomes).some((o) => o.exitCode !== 0) || failed.length ? 1 : 0, rows };
}
