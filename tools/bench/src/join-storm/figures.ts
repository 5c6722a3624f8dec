import type { MemoryFigures } from '../shared/child-protocol';
import type { DbKind } from '../shared/bench-database';
import { percentile } from '../shared/stats';
import type { SideKind } from './storm-side';
import type { RoundFigures } from './storm-round';

/**
 * The goals this benchmark reports against (SPEC: 300 waiting, the host starts): absolute
 * ones, and the distance to bare Socket.IO in the same run (issue 16: p99 within 1.5x, heap
 * per participant within 1.25x).
 */
export const TARGETS = { p99Ms: 1000, kbPerParticipant: 100, p99RatioToBaseline: 1.5, heapRatioToBaseline: 1.25 } as const;

export interface SideFigures {
  kind: SideKind;
  label: string;
  /** Over every client of every round. The first admission shows the work before the fan-out; max minus first, the fan-out. */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  p99MsPerRound: number[];
  /** Growth from "host connected" to "all clients connected and waiting", per client, after a forced GC. */
  heapKbPerParticipantPerRound: number[];
  rssKbPerParticipantPerRound: number[];
  /** The worst round: one lucky round must not hide a heavy one. */
  heapKbPerParticipant: number;
  rssKbPerParticipant: number;
  /** Server CPU from the host's start to the last admission, per admitted client (median round). */
  serverCpuMsPerAdmission: number;
  /** The bench process (all the clients) during the storm, % of one core (busiest round). */
  clientCpuPct: number;
  /** How long the room took to fill (connect and enter, 20 at a time), median round. */
  fillMs: number;
}

export interface DbResult {
  db: DbKind;
  /** Server processes of each side (PostgreSQL can run several). */
  processes: number;
  clients: number;
  ours: SideFigures;
  baseline: SideFigures;
}

const KB = 1024;
const perParticipantKb = (clients: number, pick: (m: MemoryFigures) => number) => (round: RoundFigures) =>
  (pick(round.memoryWaiting) - pick(round.memoryBefore)) / clients / KB;

export function sideFigures(kind: SideKind, label: string, clients: number, rounds: RoundFigures[]): SideFigures {
  const all = rounds.flatMap((round) => round.latenciesMs);
  const heap = rounds.map(perParticipantKb(clients, (m) => m.heapUsedBytes));
  const rss = rounds.map(perParticipantKb(clients, (m) => m.rssBytes));
  return {
    kind,
    label,
    firstMs: Math.min(...all),
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    maxMs: Math.max(...all),
    p99MsPerRound: rounds.map((round) => percentile(round.latenciesMs, 99)),
    heapKbPerParticipantPerRound: heap,
    rssKbPerParticipantPerRound: rss,
    heapKbPerParticipant: Math.max(...heap),
    rssKbPerParticipant: Math.max(...rss),
    serverCpuMsPerAdmission: percentile(rounds.map((round) => round.serverCpuMs), 50) / clients,
    clientCpuPct: Math.max(...rounds.map((round) => round.clientCpuPct)),
    fillMs: percentile(rounds.map((round) => round.fillMs), 50),
  };
}
