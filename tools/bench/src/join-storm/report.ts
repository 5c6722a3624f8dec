import { loadavg } from 'node:os';
import { round2 } from '../shared/stats';
import { TARGETS, type DbResult, type SideFigures } from './figures';
import type { JoinStormOptions } from './options';

const num = (value: number, width: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-').padStart(width);
const list = (values: number[], digits = 0) => values.map((v) => (Number.isFinite(v) ? v.toFixed(digits) : '-')).join(' / ');
const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');

export function p99TargetMet(result: DbResult): boolean {
  return result.ours.p99Ms <= TARGETS.p99Ms;
}

/** Judged on the larger of heap and RSS growth, in the worst round: the memory the machine has to find. */
export function memoryTargetMet(result: DbResult): boolean {
  return kbPerParticipant(result.ours) <= TARGETS.kbPerParticipant;
}

export const p99Ratio = (result: DbResult) => result.ours.p99Ms / result.baseline.p99Ms;
/** Heap, not RSS: ours reuses memory its launches freed, so its RSS growth reads low beside a fresh baseline's. */
export const heapRatio = (result: DbResult) => result.ours.heapKbPerParticipant / result.baseline.heapKbPerParticipant;
export const p99RatioMet = (result: DbResult) => p99Ratio(result) <= TARGETS.p99RatioToBaseline;
export const heapRatioMet = (result: DbResult) => heapRatio(result) <= TARGETS.heapRatioToBaseline;

/** "postgres, 2 processes": which deployment a result is. */
export const deploymentLabel = (result: DbResult) => `${result.db}${result.processes > 1 ? `, ${result.processes} processes` : ''}`;

export function kbPerParticipant(side: SideFigures): number {
  return Math.max(side.heapKbPerParticipant, side.rssKbPerParticipant);
}

function row(side: SideFigures): string {
  return `  ${side.label.padEnd(27)}${num(side.firstMs, 9)}${num(side.p50Ms, 9)}${num(side.p99Ms, 9)}${num(side.maxMs, 9)}   ${list(side.p99MsPerRound).padEnd(22)}${num(side.heapKbPerParticipant, 8)}${num(side.rssKbPerParticipant, 8)}${num(side.serverCpuMsPerAdmission, 14, 2)}${num(side.clientCpuPct, 9, 0)}${num(side.fillMs / 1000, 8, 2)}`;
}

/** The side-by-side table for one database. */
export function formatDbResult(result: DbResult, rounds: number): string {
  const { ours, baseline } = result;
  return [
    '',
    `== ${deploymentLabel(result)}: ${result.clients} clients waiting in one panel room, the host starts; ${rounds} rounds, each a fresh session ==`,
    ...(result.processes > 1 ? [`  ${result.processes} server processes per side on one database, clients spread over them (the host on the first); memory and CPU are their sum`] : []),
    '  latency: host emits its start -> a client receives its admission with its JWT (all JWTs verified)',
    '  memory: growth per waiting client after a forced GC, worst round; CPU: during the storm, server per client and',
    '  client (this process) as % of a core; fill: time for all to connect and wait, 20 at a time (set-up, not measured)',
    `  ${''.padEnd(27)}${'first ms'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}   ${'p99 ms per round'.padEnd(22)}${'heap KB'.padStart(8)}${'rss KB'.padStart(8)}${'srv CPU ms/c'.padStart(14)}${'client%'.padStart(9)}${'fill s'.padStart(8)}`,
    row(ours),
    row(baseline),
    `  p99 ours/baseline ${num(p99Ratio(result), 6, 2)}   heap per participant ours/baseline ${num(heapRatio(result), 6, 2)}`,
    `  memory per round, KB per client (heap / rss): ours ${ours.heapKbPerParticipantPerRound.map((h, i) => `${h.toFixed(1)}/${ours.rssKbPerParticipantPerRound[i].toFixed(1)}`).join('  ')}; baseline ${baseline.heapKbPerParticipantPerRound.map((h, i) => `${h.toFixed(1)}/${baseline.rssKbPerParticipantPerRound[i].toFixed(1)}`).join('  ')}`,
    `  target p99 <= ${TARGETS.p99Ms} ms: ${verdict(p99TargetMet(result))} (${ours.p99Ms.toFixed(0)} ms)`,
    `  target <= ${TARGETS.kbPerParticipant} KB per participant (larger of heap and rss): ${verdict(memoryTargetMet(result))} (${kbPerParticipant(ours).toFixed(1)} KB)`,
    `  target p99 <= ${TARGETS.p99RatioToBaseline}x baseline: ${verdict(p99RatioMet(result))} (${p99Ratio(result).toFixed(2)}x)`,
    `  target heap per participant <= ${TARGETS.heapRatioToBaseline}x baseline: ${verdict(heapRatioMet(result))} (${heapRatio(result).toFixed(2)}x)`,
  ].join('\n');
}

/** One line per database, for a quick look at the end. */
export function formatSummary(results: DbResult[]): string {
  const lines = [
    '',
    '== summary: join storm (ours vs baseline) ==',
    `  ${'db'.padEnd(24)}${'p99 ms'.padStart(16)}${'ratio'.padStart(7)}${'heap KB/participant'.padStart(22)}${'ratio'.padStart(7)}  targets (p99 / memory / p99 ratio / heap ratio)`,
  ];
  for (const r of results) {
    lines.push(
      `  ${deploymentLabel(r).padEnd(24)}${`${num(r.ours.p99Ms, 6, 0)} vs${num(r.baseline.p99Ms, 5, 0)}`.padStart(16)}${num(p99Ratio(r), 7, 2)}${`${num(r.ours.heapKbPerParticipant, 6)} vs${num(r.baseline.heapKbPerParticipant, 6)}`.padStart(22)}${num(heapRatio(r), 7, 2)}  ${verdict(p99TargetMet(r))} / ${verdict(memoryTargetMet(r))} / ${verdict(p99RatioMet(r))} / ${verdict(heapRatioMet(r))}`,
    );
  }
  lines.push(`  machine: load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min) at the end; the servers, the clients and PostgreSQL share the cores with anything else running`);
  return lines.join('\n');
}

/** The machine-readable line that must close the output; units are in the names. */
export function resultJson(results: DbResult[], options: Pick<JoinStormOptions, 'clients' | 'rounds'>): string {
  return JSON.stringify({
    bench: 'join-storm',
    loadavg: loadavg().map(round2),
    clients: options.clients,
    rounds: options.rounds,
    targets: { ...TARGETS },
    results: results.map((r) => ({
      db: r.db,
      processes: r.processes,
      firstMs: round2(r.ours.firstMs),
      p50Ms: round2(r.ours.p50Ms),
      p99Ms: round2(r.ours.p99Ms),
      maxMs: round2(r.ours.maxMs),
      p99MsPerRound: r.ours.p99MsPerRound.map(round2),
      baselineFirstMs: round2(r.baseline.firstMs),
      baselineP50Ms: round2(r.baseline.p50Ms),
      baselineP99Ms: round2(r.baseline.p99Ms),
      baselineMaxMs: round2(r.baseline.maxMs),
      baselineP99MsPerRound: r.baseline.p99MsPerRound.map(round2),
      kbPerParticipant: round2(kbPerParticipant(r.ours)),
      heapKbPerParticipant: round2(r.ours.heapKbPerParticipant),
      rssKbPerParticipant: round2(r.ours.rssKbPerParticipant),
      baselineKbPerParticipant: round2(kbPerParticipant(r.baseline)),
      baselineHeapKbPerParticipant: round2(r.baseline.heapKbPerParticipant),
      baselineRssKbPerParticipant: round2(r.baseline.rssKbPerParticipant),
      serverCpuMsPerAdmission: round2(r.ours.serverCpuMsPerAdmission),
      baselineServerCpuMsPerAdmission: round2(r.baseline.serverCpuMsPerAdmission),
      clientCpuPct: round2(Math.max(r.ours.clientCpuPct, r.baseline.clientCpuPct)),
      fillMs: round2(r.ours.fillMs),
      baselineFillMs: round2(r.baseline.fillMs),
      p99TargetMet: p99TargetMet(r),
      memoryTargetMet: memoryTargetMet(r),
      p99RatioToBaseline: round2(p99Ratio(r)),
      heapRatioToBaseline: round2(heapRatio(r)),
      p99RatioTargetMet: p99RatioMet(r),
      heapRatioTargetMet: heapRatioMet(r),
    })),
  });
}
