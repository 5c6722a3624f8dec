import { setTimeout as sleep } from 'node:timers/promises';
import type { ActivityFigures, MemoryFigures } from '../shared/child-protocol';
import type { ServerProcess } from '../shared/server-process';

/** The jobs whose cost at rest this benchmark is about, by the names the tool's job runner gives them. */
export const JOBS = { sweep: 'sweep meetings', heartbeat: 'presence heartbeat', revalidate: 'revalidate connections' } as const;

/** What a deployment did over a window at rest: nobody acts, everyone stays connected. */
export interface RestFigures {
  seconds: number;
  /** The worst process's event-loop delay over the window. */
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  /** All processes together; NaN for a server that does not count. */
  queriesPerSecondAtRest: number;
  /** Per run of the job on one process, averaged over the runs of every process; NaN when none ran or nothing counts. */
  sweepMsPerInterval: number;
  heartbeatMsPerInterval: number;
  revalidateMsPerInterval: number;
  /** All processes' CPU together, % of one core. */
  serverCpuPct: number;
}

/** Memory of all the side's processes together, after a forced collection in each. */
export async function totalMemory(servers: ServerProcess[]): Promise<MemoryFigures> {
  const each = await Promise.all(servers.map((server) => server.memory()));
  return each.reduce((sum, m) => ({ heapUsedBytes: sum.heapUsedBytes + m.heapUsedBytes, rssBytes: sum.rssBytes + m.rssBytes, externalBytes: sum.externalBytes + m.externalBytes }));
}

function jobMsPerRun(before: ActivityFigures[], after: ActivityFigures[], job: string): number {
  let runs = 0;
  let totalMs = 0;
  after.forEach((end, i) => {
    const last = end.counters?.jobs[job];
    if (!last) return;
    const first = before[i].counters?.jobs[job] ?? { runs: 0, totalMs: 0 };
    runs += last.runs - first.runs;
    totalMs += last.totalMs - first.totalMs;
  });
  return runs > 0 ? totalMs / runs : Number.NaN;
}

/** Measures `seconds` at rest: the event-loop window starts with the first question and ends with the second. */
export async function measureAtRest(servers: ServerProcess[], seconds: number): Promise<RestFigures> {
  const before = await Promise.all(servers.map((server) => server.activity()));
  const cpuBefore = await Promise.all(servers.map((server) => server.cpuMs()));
  const started = performance.now();
  await sleep(seconds * 1000);
  const after = await Promise.all(servers.map((server) => server.activity()));
  const cpuAfter = await Promise.all(servers.map((server) => server.cpuMs()));
  const elapsedS = (performance.now() - started) / 1000;
  const counted = after.every((figures) => figures.counters !== null);
  const queries = counted ? after.reduce((sum, end, i) => sum + end.counters!.queries - before[i].counters!.queries, 0) : Number.NaN;
  return {
    seconds: elapsedS,
    eventLoopLagP99Ms: Math.max(...after.map((f) => f.eventLoopDelayP99Ms)),
    eventLoopLagMaxMs: Math.max(...after.map((f) => f.eventLoopDelayMaxMs)),
    queriesPerSecondAtRest: queries / elapsedS,
    sweepMsPerInterval: jobMsPerRun(before, after, JOBS.sweep),
    heartbeatMsPerInterval: jobMsPerRun(before, after, JOBS.heartbeat),
    revalidateMsPerInterval: jobMsPerRun(before, after, JOBS.revalidate),
    serverCpuPct: (cpuAfter.reduce((sum, ms, i) => sum + ms - cpuBefore[i], 0) / (elapsedS * 1000)) * 100,
  };
}
