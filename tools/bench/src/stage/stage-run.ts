import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StageSide } from './stage-side';
import { transitionAt } from './transitions';

/** A pause between transitions, as between a host's clicks: each one is measured on its own, not queued behind the last. */
const GAP_MS = 50;
/** A transition not received by everyone by then counts its missing receipts and the run moves on. */
const RECEIPT_TIMEOUT_MS = 5_000;
/** So many incomplete transitions mean the deployment is broken: stop. */
const MAX_INCOMPLETE = 5;

/** One transition as measured. */
export interface TransitionSample {
  sequence: number;
  command: string;
  /** The emit on the monotonic clock of .cpuprofile files (µs), to find a slow one in a profile. */
  atUs: bigint;
  /** The acting socket's process. */
  actorProcess: number;
  /** From just before the emit to the acknowledgement. */
  ackMs: number;
  /** To the first and to the last client's receipt (Infinity when someone never received it). */
  firstMs: number;
  lastMs: number;
  /** Per client, NaN for a client that never received it. */
  receiptMs: number[];
  /** This process (every client) from the emit to the last receipt, % of one core. */
  clientCpuPct: number;
}

export interface BlockFigures {
  samples: TransitionSample[];
  /** CPU of all the side's server processes over the block. */
  serverCpuMs: number;
  wallMs: number;
  /** The block on the monotonic clock of .cpuprofile files (µs). */
  windowUs: { from: bigint; to: bigint };
}

const monotonicUs = () => process.hrtime.bigint() / 1000n;

/**
 * Transitions `from` .. `from + count - 1` of the side's script, one at a time: emit, wait for
 * the acknowledgement and for every client's receipt, check the broadcast, pause, next.
 */
export async function runBlock(side: StageSide, learners: number, from: number, count: number, isStopped: () => boolean): Promise<BlockFigures> {
  const cpuBefore = await Promise.all(side.servers.map((server) => server.cpuMs()));
  const windowFrom = monotonicUs();
  const startedAt = performance.now();
  const samples: TransitionSample[] = [];
  let incomplete = 0;
  for (let sequence = from; sequence < from + count && !isStopped(); sequence++) {
    if (side.receipts.dropped.length) throw new Error(`${side.label}: ${side.receipts.dropped[0]}`);
    const transition = transitionAt(sequence, learners);
    const actorClient = transition.actor.kind === 'host' ? 0 : transition.actor.index + 1;
    const cpuAtEmit = process.cpuUsage();
    const atUs = monotonicUs();
    const t0 = performance.now();
    const result = await side.perform(transition);
    const ackMs = performance.now() - t0;
    if (!result.changed || result.version !== side.version + 1) {
      throw new Error(`${side.label}: transition ${sequence} (${transition.command.type}) was acknowledged with version ${result.version}${result.changed ? '' : ' (unchanged)'}, expected ${side.version + 1}`);
    }
    side.version = result.version;
    const complete = await side.receipts.whenAll(result.version, RECEIPT_TIMEOUT_MS);
    const spanMs = performance.now() - t0;
    const clientCpu = process.cpuUsage(cpuAtEmit);
    const arrivals = side.receipts.arrivals(result.version);
    const receiptMs = arrivals.map((at) => at - t0);
    const received = receiptMs.filter((ms) => !Number.isNaN(ms));
    samples.push({
      sequence,
      command: `${transition.command.type}${transition.actor.kind === 'host' ? ' by the host' : ''}`,
      atUs,
      actorProcess: side.processOf(actorClient),
      ackMs,
      firstMs: received.length ? Math.min(...received) : Number.POSITIVE_INFINITY,
      lastMs: complete ? Math.max(...received) : Number.POSITIVE_INFINITY,
      receiptMs,
      clientCpuPct: ((clientCpu.user + clientCpu.system) / 1000 / spanMs) * 100,
    });
    if (!complete && ++incomplete >= MAX_INCOMPLETE) throw new Error(`${side.label}: ${incomplete} transitions did not reach every client within ${RECEIPT_TIMEOUT_MS / 1000} s`);
    side.verify(transition, side.receipts.sample(result.version));
    await sleep(GAP_MS);
  }
  const wallMs = performance.now() - startedAt;
  const windowUs = { from: windowFrom, to: monotonicUs() };
  const cpuAfter = await Promise.all(side.servers.map((server) => server.cpuMs()));
  return {
    samples,
    serverCpuMs: cpuAfter.reduce((sum, ms, i) => sum + ms - cpuBefore[i], 0),
    wallMs,
    windowUs,
  };
}
