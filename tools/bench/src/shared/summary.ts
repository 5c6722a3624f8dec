/**
 * One key figure of a benchmark as `npm run bench -- all` tabulates it: ours, the baseline of
 * the same run where there is one, and the target it is judged against.
 */
export interface SummaryRow {
  benchmark: string;
  db: string;
  /** What is measured, units included, e.g. "p99 at concurrency 1 (ms)". */
  figure: string;
  ours: number;
  baseline: number | null;
  /** The target in words, e.g. "≤ 50 ms" or "ratio ≤ 1.5"; empty when the figure has none. */
  target: string;
  /** null: no target to pass or fail. */
  pass: boolean | null;
}

/** What a benchmark's run hands back: its exit code and its key figures. */
export interface BenchOutcome {
  exitCode: number;
  rows: SummaryRow[];
}

export const ratioOf = (row: Pick<SummaryRow, 'ours' | 'baseline'>) => (row.baseline ? row.ours / row.baseline : Number.NaN);
