import { availableParallelism } from 'node:os';
import { LAUNCH_STEPS } from '../shared/launch-flow';
import { round2 } from '../shared/stats';
import type { Measurement, TargetFigures } from './measure';

/** The goals the figures are judged against; other concurrencies are shown without one. */
export const TARGETS = {
  /** Under load we must launch at least twice as many users per second as bare ltijs (issue 16). */
  throughputRatioMin: { concurrency: 20, ratio: 2.0 },
  /** One user at a time, our slowest launches must be at least 20 % faster than bare ltijs's. */
  p99RatioMax: { concurrency: 1, ratio: 0.8 },
} as const;

export interface Ratios {
  throughputRatio: number;
  p99Ratio: number;
  /** null when no target applies at this concurrency. */
  throughputTargetMet: boolean | null;
  p99TargetMet: boolean | null;
}

export function ratiosOf(m: Measurement): Ratios {
  const throughputRatio = m.ours.launchesPerS / m.baseline.launchesPerS;
  const p99Ratio = m.ours.p99Ms / m.baseline.p99Ms;
  return {
    throughputRatio,
    p99Ratio,
    throughputTargetMet: m.concurrency === TARGETS.throughputRatioMin.concurrency ? throughputRatio >= TARGETS.throughputRatioMin.ratio : null,
    p99TargetMet: m.concurrency === TARGETS.p99RatioMax.concurrency ? p99Ratio <= TARGETS.p99RatioMax.ratio : null,
  };
}

const num = (value: number, width: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-').padStart(width);
const verdict = (met: boolean | null, target: string) => (met === null ? '(no target at this concurrency)' : `target ${target}: ${met ? 'MET' : 'MISSED'}`);

function row(label: string, f: TargetFigures): string {
  return `  ${label.padEnd(20)}${num(f.launchesPerS, 12)}${num(f.p50Ms, 10)}${num(f.p99Ms, 10)}${num(f.serverCpuMsPerLaunch, 17, 2)}${String(f.errors).padStart(8)}`;
}

/** The side-by-side table for one database and concurrency. */
export function formatMeasurement(m: Measurement, launches: number): string {
  const r = ratiosOf(m);
  const lines = [
    '',
    `== ${m.db}, concurrency ${m.concurrency}: ${launches} launches per target, each a new user ==`,
    `  ${''.padEnd(20)}${'launches/s'.padStart(12)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'server CPU ms/l'.padStart(17)}${'errors'.padStart(8)}`,
    row('ours (LTI Rooms)', m.ours),
    row('baseline (ltijs)', m.baseline),
    `  throughput ratio ours/baseline ${num(r.throughputRatio, 6, 2)}   ${verdict(r.throughputTargetMet, `>= ${TARGETS.throughputRatioMin.ratio.toFixed(2)}`)}`,
    `  p99 ratio ours/baseline        ${num(r.p99Ratio, 6, 2)}   ${verdict(r.p99TargetMet, `<= ${TARGETS.p99RatioMax.ratio.toFixed(2)}`)}`,
    `  p50 per step, ms (${LAUNCH_STEPS.join(' / ')}):`,
    `    ours      ${LAUNCH_STEPS.map((step) => num(m.ours.stepP50Ms[step], 0)).join(' / ')}`,
    `    baseline  ${LAUNCH_STEPS.map((step) => num(m.baseline.stepP50Ms[step], 0)).join(' / ')}`,
    `  load generator + dev LMS used ${m.loadGeneratorCpuPct.toFixed(0)}% of a core; load average (1 min) ${m.loadAverage1m.toFixed(2)} on ${availableParallelism()} cores`,
  ];
  for (const error of [m.ours.firstError, m.baseline.firstError]) if (error) lines.push(`  first error: ${error}`);
  return lines.join('\n');
}

/** One line per database and concurrency, for a quick look at the end of a long run. */
export function formatSummary(measurements: Measurement[]): string {
  const lines = ['', '== summary (ours vs baseline) ==', `  ${'db'.padEnd(9)}${'conc'.padStart(5)}${'launches/s'.padStart(18)}${'p99 ms'.padStart(18)}${'thr ratio'.padStart(11)}${'p99 ratio'.padStart(11)}${'load'.padStart(7)}  targets`];
  for (const m of measurements) {
    const r = ratiosOf(m);
    const met = [r.throughputTargetMet, r.p99TargetMet].filter((v): v is boolean => v !== null);
    const targets = met.length === 0 ? '-' : met.every(Boolean) ? 'MET' : 'MISSED';
    lines.push(`  ${m.db.padEnd(9)}${String(m.concurrency).padStart(5)}${`${num(m.ours.launchesPerS, 7)} vs${num(m.baseline.launchesPerS, 7)}`.padStart(18)}${`${num(m.ours.p99Ms, 7)} vs${num(m.baseline.p99Ms, 7)}`.padStart(18)}${num(r.throughputRatio, 11, 2)}${num(r.p99Ratio, 11, 2)}${num(m.loadAverage1m, 7, 2)}  ${targets}`);
  }
  return lines.join('\n');
}

/** The machine-readable line that must close the output; units are in the names. */
export function resultJson(measurements: Measurement[], launches: number): string {
  const results = measurements.map((m) => {
    const r = ratiosOf(m);
    return {
      db: m.db,
      concurrency: m.concurrency,
      launches,
      oursLaunchesPerS: round2(m.ours.launchesPerS),
      baselineLaunchesPerS: round2(m.baseline.launchesPerS),
      throughputRatio: round2(r.throughputRatio),
      oursP50Ms: round2(m.ours.p50Ms),
      oursP99Ms: round2(m.ours.p99Ms),
      baselineP50Ms: round2(m.baseline.p50Ms),
      baselineP99Ms: round2(m.baseline.p99Ms),
      p99Ratio: round2(r.p99Ratio),
      throughputTargetMet: r.throughputTargetMet,
      p99TargetMet: r.p99TargetMet,
      oursServerCpuMsPerLaunch: round2(m.ours.serverCpuMsPerLaunch),
      baselineServerCpuMsPerLaunch: round2(m.baseline.serverCpuMsPerLaunch),
      oursErrors: m.ours.errors,
      baselineErrors: m.baseline.errors,
      loadGeneratorCpuPct: round2(m.loadGeneratorCpuPct),
      loadAverage1m: round2(m.loadAverage1m),
    };
  });
  const targets = {
    throughputRatioMinAtConcurrency20: TARGETS.throughputRatioMin.ratio,
    p99RatioMaxAtConcurrency1: TARGETS.p99RatioMax.ratio,
  };
  return JSON.stringify({ bench: 'launch', targets, results });
}
