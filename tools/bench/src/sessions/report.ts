import { loadavg } from 'node:os';
import { round2 } from '../shared/stats';
import type { SummaryRow } from '../shared/summary';
import { growthSteps, overallGrowth, resultEntry, TARGETS, verdicts, type DbResult, type Growth } from './figures';
import type { SessionsOptions } from './options';

const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const pad = (text: string, width: number) => text.padStart(width);
const passText = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'pass' : 'FAIL');

export function formatDbResult(result: DbResult): string {
  const head = `\n${result.db}: ${result.people} people per session (1 host + ${result.people - 1} learners), ours on ${result.processes} process${result.processes > 1 ? 'es' : ''}, at rest; load average ${f(result.loadAverage.before, 2)} → ${f(result.loadAverage.after, 2)} on ${result.cores} cores`;
  const columns = `${pad('rooms', 5)} ${pad('clients', 7)}  ${pad('lag p99', 8)} ${pad('(bare)', 7)} ${pad('lag max', 8)}  ${pad('RSS KB/p', 8)} ${pad('(bare)', 7)} ${pad('heap KB/p', 9)} ${pad('(bare)', 7)}  ${pad('sweep ms', 8)} ${pad('beat ms', 7)} ${pad('reval ms', 8)}  ${pad('SQL/s', 6)} ${pad('SQL/5s/proc', 11)}  ${pad('CPU %', 6)} ${pad('(bare)', 7)}`;
  const rows = result.steps.map((step) => {
    const e = resultEntry(result, step);
    const b = e.baseline;
    return `${pad(String(e.rooms), 5)} ${pad(String(e.clients), 7)}  ${pad(f(e.eventLoopLagP99Ms), 8)} ${pad(b ? f(b.eventLoopLagP99Ms) : '–', 7)} ${pad(f(e.eventLoopLagMaxMs), 8)}  ${pad(f(e.rssKbPerParticipant), 8)} ${pad(b ? f(b.rssKbPerParticipant) : '–', 7)} ${pad(f(e.heapKbPerParticipant), 9)} ${pad(b ? f(b.heapKbPerParticipant) : '–', 7)}  ${pad(f(e.sweepMsPerInterval, 2), 8)} ${pad(f(e.heartbeatMsPerInterval, 2), 7)} ${pad(f(e.revalidateMsPerInterval, 2), 8)}  ${pad(f(e.queriesPerSecondAtRest), 6)} ${pad(f(e.queriesPerSweepIntervalPerProcess), 11)}  ${pad(f(e.serverCpuPct), 6)} ${pad(b ? f(b.serverCpuPct) : '–', 7)}`;
  });
  const growthRows = growthSteps(result).map(growthLine);
  return [
    head,
    '  lag: event-loop delay of the worst process (ms); RSS and heap: growth after forced GC from before anyone connected, per client; sweep, beat (presence heartbeat), reval (revalidate connections): ms of one run on one process, every 5 s / 10 s / 10 s; SQL: statements through Sequelize, all processes; CPU: all processes, % of one core; (bare): bare Socket.IO holding the same clients',
    columns,
    ...rows,
    ...(growthRows.length ? ['  one more room (growth per added session):', ...growthRows] : []),
    ...(result.saturation ? [`  saturated: ${result.saturation}`] : []),
  ].join('\n');
}

function growthLine(g: Growth): string {
  return `    ${g.fromRooms} → ${g.toRooms} rooms: sweep ${f(g.sweepMs, 3)} ms/interval, heartbeat ${f(g.heartbeatMs, 3)} ms/interval, ${f(g.queriesPerSecond, 2)} SQL/s (${f(g.queriesPerIntervalPerProcess, 2)} per 5 s per process), CPU ${f(g.serverCpuPct, 2)} % of a core, RSS ${f(g.rssMb, 2)} MB`;
}

/** Where lag or set-up says one process stops holding the sessions. */
function saturationNote(result: DbResult): string {
  const over = result.steps.find((s) => s.ours.rest.eventLoopLagP99Ms > TARGETS.eventLoopLagP99Ms);
  const held = result.steps.filter((s) => s.ours.rest.eventLoopLagP99Ms <= TARGETS.eventLoopLagP99Ms).pop();
  const parts: string[] = [];
  if (held) parts.push(`holds ${held.rooms} rooms (${held.clients} clients) within the lag target`);
  if (over) parts.push(`over it from ${over.rooms} rooms (p99 ${f(over.ours.rest.eventLoopLagP99Ms)} ms)`);
  if (result.saturation) parts.push(`stopped: ${result.saturation}`);
  return parts.join('; ');
}

export function formatSummary(results: DbResult[]): string {
  const lines = ['\nTargets (ours, every step): event-loop lag p99 ≤ 50 ms at rest; RSS ≤ 100 KB per participant; at-rest SQL per 5 s per process grows by < 1 per added session (sweep and presence grow with what changes, not with sessions × participants)'];
  for (const result of results) {
    const v = verdicts(result);
    const growth = overallGrowth(result);
    lines.push(`  ${result.db}: lag ${passText(v.lag)}, RSS ${passText(v.rss)}, growth ${passText(v.growth)}${growth ? ` (${f(growth.queriesPerIntervalPerProcess, 2)} SQL per 5 s per process per added session, ${f(growth.sweepMs, 3)} ms of sweep)` : ''}; ${saturationNote(result)}`);
  }
  lines.push(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  return lines.join('\n');
}

export const passed = (results: DbResult[]) => results.every((r) => {
  const v = verdicts(r);
  return v.lag && v.rss && v.growth !== false && r.saturation === null;
});

export function resultJson(results: DbResult[], options: SessionsOptions): string {
  return JSON.stringify({
    bench: 'sessions',
    loadavg: loadavg().map(round2),
    people: options.people,
    durationS: options.durationS,
    targets: TARGETS,
    pass: passed(results),
    results: Object.fromEntries(results.map((r) => [r.db, r.steps.map((step) => resultEntry(r, step))])),
    growthPerRoom: Object.fromEntries(results.map((r) => {
      const g = overallGrowth(r);
      return [r.db, g && Object.fromEntries(Object.entries(g).map(([k, v]) => [k, round2(v)]))];
    })),
    verdicts: Object.fromEntries(results.map((r) => [r.db, verdicts(r)])),
    saturation: Object.fromEntries(results.map((r) => [r.db, r.saturation])),
    loadAverage: Object.fromEntries(results.map((r) => [r.db, { before: round2(r.loadAverage.before), after: round2(r.loadAverage.after) }])),
  });
}

export function summaryRows(results: DbResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => {
    const last = r.steps[r.steps.length - 1];
    if (!last) return [];
    const growth = overallGrowth(r);
    const at = `${last.rooms} rooms, ${last.clients} clients`;
    return [
      { benchmark: 'sessions', db: r.db, figure: `lag p99 at rest, ${at} (ms)`, ours: last.ours.rest.eventLoopLagP99Ms, baseline: last.baseline?.rest.eventLoopLagP99Ms ?? null, target: `≤ ${TARGETS.eventLoopLagP99Ms} ms`, pass: last.ours.rest.eventLoopLagP99Ms <= TARGETS.eventLoopLagP99Ms },
      { benchmark: 'sessions', db: r.db, figure: `RSS per participant, ${at} (KB)`, ours: last.ours.rssKbPerParticipant, baseline: last.baseline?.rssKbPerParticipant ?? null, target: `≤ ${TARGETS.rssKbPerParticipant} KB`, pass: last.ours.rssKbPerParticipant <= TARGETS.rssKbPerParticipant },
      ...(growth ? [{ benchmark: 'sessions', db: r.db, figure: 'SQL per 5 s per process, per added session', ours: growth.queriesPerIntervalPerProcess, baseline: null, target: `< ${TARGETS.queriesPerIntervalPerAddedRoom}`, pass: growth.queriesPerIntervalPerProcess < TARGETS.queriesPerIntervalPerAddedRoom }] : []),
    ];
  });
}
