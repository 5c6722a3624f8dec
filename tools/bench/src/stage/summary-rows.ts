import type { SummaryRow } from '../shared/summary';
import { deliveryGaps, TARGETS, type DbResult } from './figures';
import { cpuRatioMet, deliveryOk, p99RatioMet, p99TargetMet } from './report';

/** The stage's key figures for `all`: host action to the last receipt, server CPU per transition, delivery. */
export function stageRows(results: DbResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => {
    const db = `${r.db}, ${r.ours.processes} process${r.ours.processes > 1 ? 'es' : ''}`;
    return [
      { benchmark: 'stage', db, figure: `transition to last of ${r.clients + 1} p99 (ms)`, ours: r.ours.p99Ms, baseline: r.baseline.p99Ms, target: `≤ ${TARGETS.p99Ms} ms, ratio ≤ ${TARGETS.p99RatioToBaseline}`, pass: p99TargetMet(r) && p99RatioMet(r) },
      { benchmark: 'stage', db, figure: 'server CPU per transition (ms)', ours: r.ours.serverCpuMsPerTransition, baseline: r.baseline.serverCpuMsPerTransition, target: `ratio ≤ ${TARGETS.cpuRatioToBaseline}`, pass: cpuRatioMet(r) },
      { benchmark: 'stage', db, figure: 'delivery gaps (missing, repeated, out of order)', ours: deliveryGaps(r.ours), baseline: deliveryGaps(r.baseline), target: '0, nothing lost', pass: deliveryOk(r.ours) && deliveryOk(r.baseline) },
    ];
  });
}
