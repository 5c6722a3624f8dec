import type { SummaryRow } from '../shared/summary';
import { TARGETS, type DbResult } from './figures';
import { deploymentLabel, heapRatioMet, kbPerParticipant, memoryTargetMet, p99RatioMet, p99TargetMet } from './report';

/** The join storm's key figures for `all`: admission p99 and memory per waiting participant, absolute and against bare Socket.IO. */
export function joinStormRows(results: DbResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => [
    { benchmark: 'join-storm', db: deploymentLabel(r), figure: `admission p99, ${r.clients} clients (ms)`, ours: r.ours.p99Ms, baseline: r.baseline.p99Ms, target: `≤ ${TARGETS.p99Ms} ms, ratio ≤ ${TARGETS.p99RatioToBaseline}`, pass: p99TargetMet(r) && p99RatioMet(r) },
    { benchmark: 'join-storm', db: deploymentLabel(r), figure: 'heap per participant (KB)', ours: r.ours.heapKbPerParticipant, baseline: r.baseline.heapKbPerParticipant, target: `ratio ≤ ${TARGETS.heapRatioToBaseline}`, pass: heapRatioMet(r) },
    { benchmark: 'join-storm', db: deploymentLabel(r), figure: 'memory per participant, larger of heap and RSS (KB)', ours: kbPerParticipant(r.ours), baseline: kbPerParticipant(r.baseline), target: `≤ ${TARGETS.kbPerParticipant} KB`, pass: memoryTargetMet(r) },
  ]);
}
