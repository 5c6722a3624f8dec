/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Two decimals are plenty for milliseconds and ratios, and keep the JSON line short. */
export function round2(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : value;
}
