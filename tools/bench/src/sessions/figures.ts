import type { DbKind } from '../shared/bench-database';
import type { MemoryFigures } from '../shared/child-protocol';
import { round2 } from '../shared/stats';
import type { RestFigures } from './at-rest';

/** The goals this benchmark reports against (issue: many sessions at once). */
export const TARGETS = {
  eventLoopLagP99Ms: 50,
  rssKbPerParticipant: 100,
  /**
   * Queries per sweep interval (5 s) per process that one more open session may add. Per-session
   * queries in the sweep would add several; a cost that grows with what changes adds none.
   */
  queriesPerIntervalPerAddedRoom: 1,
} as const;

export const SWEEP_INTERVAL_S = 5;

export interface SideStep {
  rest: RestFigures;
  /** Growth of all the side's processes' memory, after forced collections, from before anyone connected, per connected client. */
  rssKbPerParticipant: number;
  heapKbPerParticipant: number;
  /** All processes' RSS with everyone connected. */
  rssMb: number;
}

export interface StepResult {
  rooms: number;
  clients: number;
  ours: SideStep;
  baseline: SideStep | null;
}

export interface DbResult {
  db: DbKind;
  processes: number;
  people: number;
  steps: StepResult[];
  /** Where ours could not go on (a set-up that failed), or null when it held every step. */
  saturation: string | null;
  loadAverage: { before: number; after: number };
  cores: number;
}

export function sideStep(rest: RestFigures, before: MemoryFigures, after: MemoryFigures, clients: number): SideStep {
  return {
    rest,
    rssKbPerParticipant: (after.rssBytes - before.rssBytes) / 1024 / clients,
    heapKbPerParticipant: (after.heapUsedBytes - before.heapUsedBytes) / 1024 / clients,
    rssMb: after.rssBytes / 1024 / 1024,
  };
}

/** Queries per sweep interval on one process: what one process's timers cost the database. */
export const queriesPerInterval = (step: StepResult, processes: number) => (step.ours.rest.queriesPerSecondAtRest * SWEEP_INTERVAL_S) / processes;

/** What one more open session costs, from the first step to the last (NaN with one step). */
export interface Growth {
  fromRooms: number;
  toRooms: number;
  sweepMs: number;
  heartbeatMs: number;
  queriesPerSecond: number;
  queriesPerIntervalPerProcess: number;
  serverCpuPct: number;
  rssMb: number;
}

export function growthPerRoom(result: DbResult, from: StepResult, to: StepResult): Growth {
  const rooms = to.rooms - from.rooms;
  const per = (a: number, b: number) => (b - a) / rooms;
  return {
    fromRooms: from.rooms,
    toRooms: to.rooms,
    sweepMs: per(from.ours.rest.sweepMsPerInterval, to.ours.rest.sweepMsPerInterval),
    heartbeatMs: per(from.ours.rest.heartbeatMsPerInterval, to.ours.rest.heartbeatMsPerInterval),
    queriesPerSecond: per(from.ours.rest.queriesPerSecondAtRest, to.ours.rest.queriesPerSecondAtRest),
    queriesPerIntervalPerProcess: per(queriesPerInterval(from, result.processes), queriesPerInterval(to, result.processes)),
    serverCpuPct: per(from.ours.rest.serverCpuPct, to.ours.rest.serverCpuPct),
    rssMb: per(from.ours.rssMb, to.ours.rssMb),
  };
}

/** Between each pair of consecutive steps. */
export const growthSteps = (result: DbResult) => result.steps.slice(1).map((step, i) => growthPerRoom(result, result.steps[i], step));

/** First to last step: the slope the target is judged on. */
export const overallGrowth = (result: DbResult): Growth | null =>
  result.steps.length > 1 ? growthPerRoom(result, result.steps[0], result.steps[result.steps.length - 1]) : null;

export interface Verdicts {
  lag: boolean;
  rss: boolean;
  /** null: one step only, no growth to judge. */
  growth: boolean | null;
}

export function verdicts(result: DbResult): Verdicts {
  const growth = overallGrowth(result);
  return {
    lag: result.steps.every((s) => s.ours.rest.eventLoopLagP99Ms <= TARGETS.eventLoopLagP99Ms),
    rss: result.steps.every((s) => s.ours.rssKbPerParticipant <= TARGETS.rssKbPerParticipant),
    growth: growth ? growth.queriesPerIntervalPerProcess < TARGETS.queriesPerIntervalPerAddedRoom : null,
  };
}

export function resultEntry(result: DbResult, step: StepResult) {
  const { rest } = step.ours;
  return {
    rooms: step.rooms,
    clients: step.clients,
    processes: result.processes,
    eventLoopLagP99Ms: round2(rest.eventLoopLagP99Ms),
    eventLoopLagMaxMs: round2(rest.eventLoopLagMaxMs),
    rssKbPerParticipant: round2(step.ours.rssKbPerParticipant),
    heapKbPerParticipant: round2(step.ours.heapKbPerParticipant),
    sweepMsPerInterval: round2(rest.sweepMsPerInterval),
    heartbeatMsPerInterval: round2(rest.heartbeatMsPerInterval),
    revalidateMsPerInterval: round2(rest.revalidateMsPerInterval),
    queriesPerSecondAtRest: round2(rest.queriesPerSecondAtRest),
    queriesPerSweepIntervalPerProcess: round2(queriesPerInterval(step, result.processes)),
    serverCpuPct: round2(rest.serverCpuPct),
    restSeconds: round2(rest.seconds),
    baseline: step.baseline && {
      eventLoopLagP99Ms: round2(step.baseline.rest.eventLoopLagP99Ms),
      eventLoopLagMaxMs: round2(step.baseline.rest.eventLoopLagMaxMs),
      rssKbPerParticipant: round2(step.baseline.rssKbPerParticipant),
      heapKbPerParticipant: round2(step.baseline.heapKbPerParticipant),
      serverCpuPct: round2(step.baseline.rest.serverCpuPct),
      restSeconds: round2(step.baseline.rest.seconds),
    },
  };
}
