import { round2 } from '../shared/stats';
import { deliveryGaps, TARGETS, type DbResult, type SideFigures } from './figures';
import type { StageOptions } from './options';

const num = (value: number, width: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : value === Number.POSITIVE_INFINITY ? 'lost' : '-').padStart(width);
const list = (values: number[], digits = 0) => values.map((v) => (Number.isFinite(v) ? v.toFixed(digits) : '-')).join(' / ');
const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');

export const p99Ratio = (r: DbResult) => r.ours.p99Ms / r.baseline.p99Ms;
export const cpuRatio = (r: DbResult) => r.ours.serverCpuMsPerTransition / r.baseline.serverCpuMsPerTransition;
export const p99RatioMet = (r: DbResult) => p99Ratio(r) <= TARGETS.p99RatioToBaseline;
export const cpuRatioMet = (r: DbResult) => cpuRatio(r) <= TARGETS.cpuRatioToBaseline;

export function p99TargetMet(result: DbResult): boolean {
  return result.ours.p99Ms <= TARGETS.p99Ms;
}

/** Every client saw every version exactly once, in order; on both sides (a baseline that loses events would be no floor). */
export function deliveryOk(side: SideFigures): boolean {
  return deliveryGaps(side) === 0 && side.delivery.incompleteTransitions === 0;
}

function row(side: SideFigures): string {
  return `  ${side.label.padEnd(37)}${num(side.p50Ms, 8)}${num(side.p99Ms, 8)}${num(side.maxMs, 8)}  ${list(side.p99MsPerBlock).padEnd(10)}${num(side.firstReceiptP50Ms, 9)}${num(side.ackP50Ms, 8)}${num(side.ackP99Ms, 8)}${num(side.receiptP50Ms, 9)}${num(side.receiptP50MsSameProcess, 7)}${num(side.receiptP50MsOtherProcess, 7)}${num(side.serverCpuMsPerTransition, 9, 2)}${`${side.clientCpuPctP50.toFixed(0)}/${side.clientCpuPctMax.toFixed(0)}`.padStart(9)}${String(deliveryGaps(side)).padStart(6)}`;
}

/** The side-by-side table for one database. */
export function formatDbResult(result: DbResult): string {
  const { ours, baseline } = result;
  const d = ours.delivery;
  return [
    '',
    `== ${result.db}: ${result.clients} learners + the host in one panel session, ${ours.processes === 1 ? 'one server process' : `spread over ${ours.processes} server processes`}; ${ours.transitions} stage transitions per side ==`,
    ...(result.statistics ? [`  planner statistics: ${result.statistics.analyzed ? 'gathered by ANALYZE once the class was in (--analyze)' : 'as left by the server after the class arrived'} (autovacuum ${result.statistics.autovacuum})`] : []),
    '  all: the actor emits its command -> the last of the clients receives the stage:changed of the version it produced',
    '  first: -> the first client receives it (median); ack: the command\'s round trip; receipt: every client of every transition,',
    '  median, overall / on the actor\'s process / on another one; CPU: server processes together per transition, this',
    '  process (all clients) from emit to last receipt as % of a core, median/max; gaps: versions missed, repeated or out of order',
    `  ${''.padEnd(37)}${'all p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}  ${'p99/half'.padEnd(10)}${'first'.padStart(9)}${'ack p50'.padStart(8)}${'p99'.padStart(8)}${'receipt'.padStart(9)}${'same'.padStart(7)}${'other'.padStart(7)}${'srv ms/t'.padStart(9)}${'client%'.padStart(9)}${'gaps'.padStart(6)}`,
    row(ours),
    row(baseline),
    `  machine: ${result.cores} cores, load average ${result.loadAverage.before.toFixed(1)} as the measured transitions began, ${result.loadAverage.after.toFixed(1)} as they ended (the servers, the clients and PostgreSQL share the cores with anything else running)`,
    `  p99 ours/baseline ${num(ours.p99Ms / baseline.p99Ms, 6, 2)}   p50 ours/baseline ${num(ours.p50Ms / baseline.p50Ms, 6, 2)}   server CPU ours/baseline ${num(cpuRatio(result), 6, 2)}`,
    `  delivery (ours): ${d.missing} missing, ${d.duplicates} repeated, ${d.outOfOrder} out of order, ${d.incompleteTransitions} transitions not received by everyone${deliveryOk(baseline) ? '' : '; THE BASELINE LOST EVENTS TOO'}`,
    `  target p99 <= ${TARGETS.p99Ms} ms: ${verdict(p99TargetMet(result))} (${ours.p99Ms.toFixed(0)} ms)   every version to every client in order: ${deliveryOk(ours) ? 'YES' : 'NO'}`,
    `  target p99 <= ${TARGETS.p99RatioToBaseline}x baseline: ${verdict(p99RatioMet(result))} (${p99Ratio(result).toFixed(2)}x)   target server CPU per transition <= ${TARGETS.cpuRatioToBaseline}x baseline: ${verdict(cpuRatioMet(result))} (${cpuRatio(result).toFixed(2)}x)`,
  ].join('\n');
}

export function formatSummary(results: DbResult[]): string {
  const lines = ['', '== summary: stage transitions, actor -> last client (ours vs baseline) ==', `  ${'db'.padEnd(18)}${'processes'.padStart(10)}${'p50 ms'.padStart(18)}${'p99 ms'.padStart(18)}${'gaps'.padStart(6)}${'p99 x'.padStart(7)}${'CPU x'.padStart(7)}  targets (p99 <= ${TARGETS.p99Ms} ms / p99 <= ${TARGETS.p99RatioToBaseline}x / CPU <= ${TARGETS.cpuRatioToBaseline}x)`];
  for (const r of results) {
    const db = r.statistics?.analyzed ? `${r.db} (ANALYZE)` : r.db;
    lines.push(`  ${db.padEnd(18)}${String(r.ours.processes).padStart(10)}${`${num(r.ours.p50Ms, 6, 0)} vs${num(r.baseline.p50Ms, 5, 0)}`.padStart(18)}${`${num(r.ours.p99Ms, 6, 0)} vs${num(r.baseline.p99Ms, 5, 0)}`.padStart(18)}${String(deliveryGaps(r.ours)).padStart(6)}${num(p99Ratio(r), 7, 2)}${num(cpuRatio(r), 7, 2)}  ${verdict(p99TargetMet(r))} / ${verdict(p99RatioMet(r))} / ${verdict(cpuRatioMet(r))}`);
  }
  return lines.join('\n');
}

/** The machine-readable line that closes the output; units are in the names. */
export function resultJson(results: DbResult[], options: Pick<StageOptions, 'clients' | 'transitions'>, warmupTransitions: number): string {
  const side = (s: SideFigures, prefix: string) => {
    const key = (name: string) => (prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name);
    return {
      [key('processes')]: s.processes,
      [key('p50Ms')]: round2(s.p50Ms),
      [key('p99Ms')]: round2(s.p99Ms),
      [key('maxMs')]: round2(s.maxMs),
      [key('p99MsPerHalf')]: s.p99MsPerBlock.map(round2),
      [key('firstReceiptP50Ms')]: round2(s.firstReceiptP50Ms),
      [key('ackP50Ms')]: round2(s.ackP50Ms),
      [key('ackP99Ms')]: round2(s.ackP99Ms),
      [key('receiptP50Ms')]: round2(s.receiptP50Ms),
      [key('receiptP99Ms')]: round2(s.receiptP99Ms),
      [key('receiptP50MsSameProcess')]: round2(s.receiptP50MsSameProcess),
      [key('receiptP50MsOtherProcess')]: round2(s.receiptP50MsOtherProcess),
      [key('serverCpuMsPerTransition')]: round2(s.serverCpuMsPerTransition),
      [key('clientCpuPctP50')]: round2(s.clientCpuPctP50),
      [key('gaps')]: deliveryGaps(s),
      [key('incompleteTransitions')]: s.delivery.incompleteTransitions,
    };
  };
  return JSON.stringify({
    bench: 'stage',
    clients: options.clients,
    transitions: options.transitions,
    warmupTransitions,
    targets: { ...TARGETS },
    results: results.map((r) => ({
      db: r.db,
      ...(r.statistics ? { autovacuum: r.statistics.autovacuum, analyzed: r.statistics.analyzed } : {}),
      ...side(r.ours, ''),
      missing: r.ours.delivery.missing,
      repeated: r.ours.delivery.duplicates,
      outOfOrder: r.ours.delivery.outOfOrder,
      ...side(r.baseline, 'baseline'),
      loadAverage1mBefore: round2(r.loadAverage.before),
      loadAverage1mAfter: round2(r.loadAverage.after),
      p99TargetMet: p99TargetMet(r),
      p99RatioToBaseline: round2(p99Ratio(r)),
      serverCpuRatioToBaseline: round2(cpuRatio(r)),
      p99RatioTargetMet: p99RatioMet(r),
      serverCpuRatioTargetMet: cpuRatioMet(r),
      deliveryOk: deliveryOk(r.ours),
    })),
  });
}
