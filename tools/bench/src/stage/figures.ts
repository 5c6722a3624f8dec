import type { DbKind } from '../shared/bench-database';
import { percentile } from '../shared/stats';
import type { DeliveryCheck } from './receipts';
import type { BlockFigures, TransitionSample } from './stage-run';
import type { SideKind, StageSide } from './stage-side';

/**
 * The goals this benchmark reports against: 300 people in one panel session over two
 * processes, 100 transitions; absolute, and the distance to bare Socket.IO in the same run
 * (issue 16: p99 within 1.2x, server CPU per transition within 1.5x).
 */
export const TARGETS = { p99Ms: 150, p99RatioToBaseline: 1.2, cpuRatioToBaseline: 1.5 } as const;

export interface SideFigures {
  kind: SideKind;
  label: string;
  processes: number;
  transitions: number;
  /** From the actor's emit to the last client's receipt of the version it produced. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  p99MsPerBlock: number[];
  /** To the first client's receipt (median): the work before the fan-out starts. */
  firstReceiptP50Ms: number;
  /** The command's round trip to the actor. */
  ackP50Ms: number;
  ackP99Ms: number;
  /** Over every client of every transition. */
  receiptP50Ms: number;
  receiptP99Ms: number;
  /** Clients on the actor's process, and on the others (through the adapter); NaN with one process. */
  receiptP50MsSameProcess: number;
  receiptP50MsOtherProcess: number;
  /** All the side's server processes together, per transition (pauses between transitions included). */
  serverCpuMsPerTransition: number;
  /** This process (every client) from emit to last receipt, % of one core: median and busiest transition. */
  clientCpuPctP50: number;
  clientCpuPctMax: number;
  delivery: DeliveryCheck & { incompleteTransitions: number };
}

export interface DbResult {
  db: DbKind;
  clients: number;
  /** PostgreSQL only: the server's autovacuum setting, and whether the run gathered statistics itself (--analyze). */
  statistics: { autovacuum: string; analyzed: boolean } | null;
  /** The machine's 1-minute load average as the measured transitions began and ended: others' work shows here. */
  loadAverage: { before: number; after: number };
  cores: number;
  ours: SideFigures;
  baseline: SideFigures;
}

function receiptsBy(samples: TransitionSample[], side: StageSide, same: boolean): number[] {
  return samples.flatMap((sample) => sample.receiptMs.filter((ms, client) => !Number.isNaN(ms) && (side.processOf(client) === sample.actorProcess) === same));
}

export function sideFigures(side: StageSide, blocks: BlockFigures[]): SideFigures {
  const samples = blocks.flatMap((block) => block.samples);
  const last = samples.map((s) => s.lastMs);
  const receipts = samples.flatMap((s) => s.receiptMs.filter((ms) => !Number.isNaN(ms)));
  const other = receiptsBy(samples, side, false);
  return {
    kind: side.kind,
    label: side.label,
    processes: side.servers.length,
    transitions: samples.length,
    p50Ms: percentile(last, 50),
    p99Ms: percentile(last, 99),
    maxMs: Math.max(...last),
    p99MsPerBlock: blocks.map((block) => percentile(block.samples.map((s) => s.lastMs), 99)),
    firstReceiptP50Ms: percentile(samples.map((s) => s.firstMs), 50),
    ackP50Ms: percentile(samples.map((s) => s.ackMs), 50),
    ackP99Ms: percentile(samples.map((s) => s.ackMs), 99),
    receiptP50Ms: percentile(receipts, 50),
    receiptP99Ms: percentile(receipts, 99),
    receiptP50MsSameProcess: percentile(receiptsBy(samples, side, true), 50),
    receiptP50MsOtherProcess: other.length ? percentile(other, 50) : Number.NaN,
    serverCpuMsPerTransition: blocks.reduce((sum, block) => sum + block.serverCpuMs, 0) / samples.length,
    clientCpuPctP50: percentile(samples.map((s) => s.clientCpuPct), 50),
    clientCpuPctMax: Math.max(...samples.map((s) => s.clientCpuPct)),
    delivery: { ...side.receipts.check(side.version), incompleteTransitions: samples.filter((s) => !Number.isFinite(s.lastMs)).length },
  };
}

export const deliveryGaps = (side: SideFigures) => side.delivery.missing + side.delivery.duplicates + side.delivery.outOfOrder;
