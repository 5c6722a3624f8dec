import type { SummaryRow } from '../shared/summary';
import { TARGETS, type DbResult } from './figures';
import { kbPerParticipant, memoryTargetMet, p99TargetMet } from './report';

/** The join storm's key figures for `all`: admission p99 and memory per waiting participant. */
export function joinStormRows(results: DbResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => [
    { benchmark: 'join-storm', db: r.db, figure: `admission p99, ${r.clients} clients (ms)`, ours: r.ours.p99Ms, baseline: r.baseline.p99Ms, target: `≤ ${TARGETS.p99Ms} ms`, pass: p99TargetMet(r) },
    { benchmark: 'join-storm', db: r.db, figure: 'memory per participant (KB)', ours: kbPerParticipant(r.ours), baseline: kbPerParticipant(r.baseline), target: `≤ ${TARGETS.kbPerParticipant} KB`, pass: memoryTargetMet(r) },
  ]);
}
