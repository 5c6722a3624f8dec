import type { SummaryRow } from '../shared/summary';
import { TARGETS, type DbResult } from './figures';
import { deliveryOk, p99TargetMet } from './report';

/** The stage's key figures for `all`: host action to the last receipt, server CPU per transition, delivery. */
export function stageRows(results: DbResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => [
    { benchmark: 'stage', db: r.db, figure: `transition to last of ${r.clients + 1} p99 (ms)`, ours: r.ours.p99Ms, baseline: r.baseline.p99Ms, target: `≤ ${TARGETS.p99Ms} ms`, pass: p99TargetMet(r) },
    { benchmark: 'stage', db: r.db, figure: 'server CPU per transition (ms)', ours: r.ours.serverCpuMsPerTransition, baseline: r.baseline.serverCpuMsPerTransition, target: '', pass: null },
    { benchmark: 'stage', db: r.db, figure: 'delivery gaps (missing, repeated, out of order)', ours: r.ours.delivery.missing + r.ours.delivery.duplicates + r.ours.delivery.outOfOrder, baseline: null, target: '0, nothing lost', pass: deliveryOk(r.ours) && deliveryOk(r.baseline) },
  ]);
}
