import type { SummaryRow } from '../shared/summary';
import type { Measurement } from './measure';
import { ratiosOf, TARGETS } from './report';

/** The launch's key figures for `all`: throughput where its target applies, p99 where its target applies. */
export function launchRows(measurements: Measurement[]): SummaryRow[] {
  return measurements.flatMap((m): SummaryRow[] => {
    const r = ratiosOf(m);
    const rows: SummaryRow[] = [];
    if (r.throughputTargetMet !== null) {
      rows.push({ benchmark: 'launch', db: m.db, figure: `launches/s at concurrency ${m.concurrency}`, ours: m.ours.launchesPerS, baseline: m.baseline.launchesPerS, target: `ratio ≥ ${TARGETS.throughputRatioMin.ratio}`, pass: r.throughputTargetMet });
    }
    if (r.p99TargetMet !== null) {
      rows.push({ benchmark: 'launch', db: m.db, figure: `p99 at concurrency ${m.concurrency} (ms)`, ours: m.ours.p99Ms, baseline: m.baseline.p99Ms, target: `ratio ≤ ${TARGETS.p99RatioMax.ratio}`, pass: r.p99TargetMet });
    }
    return rows;
  });
}
