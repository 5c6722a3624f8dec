import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Socket } from 'socket.io-client';
import { mapWithConcurrency } from '../shared/concurrency';
import type { MemoryFigures } from '../shared/child-protocol';
import { verifyParticipantJwt } from './bench-jitsi';
import type { StartedSession, StormSide } from './storm-side';

/** Clients connecting and entering at once while the room fills: the fill is set-up, not the storm. */
const JOIN_CONCURRENCY = 20;
/** Our head counts go out 150 ms after a burst of joins; let them settle before measuring. */
const SETTLE_MS = 500;
/** The storm fails when not everyone is admitted by then (30x the target). */
const STORM_TIMEOUT_MS = 30_000;

export interface RoundFigures {
  /** From the host's emit to each client's receipt of its admission, one per client. */
  latenciesMs: number[];
  /** The server's memory after a forced GC: host connected, then all clients connected and waiting. */
  memoryBefore: MemoryFigures;
  memoryWaiting: MemoryFigures;
  /** CPU time the server spent from the host's start until the last admission arrived. */
  serverCpuMs: number;
  /** CPU this process (the 300 clients) used over the same span, as % of one core. */
  clientCpuPct: number;
  /** Set-up, not the storm: from the first client connecting to the last one waiting. */
  fillMs: number;
  /** The storm on the monotonic clock .cpuprofile files use (µs), to cut a server profile to it. */
  stormWindowUs: { from: bigint; to: bigint };
}

/** All the side's processes together. */
async function memoryOf(side: StormSide): Promise<MemoryFigures> {
  const each = await Promise.all(side.servers.map((server) => server.memory()));
  return {
    heapUsedBytes: each.reduce((sum, m) => sum + m.heapUsedBytes, 0),
    rssBytes: each.reduce((sum, m) => sum + m.rssBytes, 0),
    externalBytes: each.reduce((sum, m) => sum + m.externalBytes, 0),
  };
}

async function cpuMsOf(side: StormSide): Promise<number> {
  return (await Promise.all(side.servers.map((server) => server.cpuMs()))).reduce((sum, ms) => sum + ms, 0);
}

const monotonicUs = () => process.hrtime.bigint() / 1000n;

/** Where each client's admission stands; filled by the clients' event handlers. */
class Admissions {
  readonly arrivedAt: number[];
  readonly payloads: unknown[];
  private count = 0;
  private startedAt: number | null = null;
  private readonly problems: string[] = [];
  private allArrived: () => void = () => undefined;
  private giveUp: (error: Error) => void = () => undefined;
  /** Resolves when every client is in; rejects at once when one is turned away. */
  readonly complete: Promise<void>;

  constructor(private readonly clients: number) {
    this.arrivedAt = new Array<number>(clients).fill(Number.NaN);
    this.payloads = new Array<unknown>(clients);
    this.complete = new Promise((resolve, reject) => {
      this.allArrived = resolve;
      this.giveUp = reject;
    });
    // Until the storm awaits it, a rejection must not count as unhandled.
    this.complete.catch(() => undefined);
  }

  /** The clock starts just before the host emits its start. */
  start(): number {
    this.startedAt = performance.now();
    return this.startedAt;
  }

  arrived(index: number, payload: unknown): void {
    const now = performance.now();
    if (this.startedAt === null) this.problems.push(`client ${index + 1} was admitted before the host started`);
    else if (!Number.isNaN(this.arrivedAt[index])) this.problems.push(`client ${index + 1} was admitted twice`);
    if (!Number.isNaN(this.arrivedAt[index])) return;
    this.arrivedAt[index] = now;
    this.payloads[index] = payload;
    if (++this.count === this.clients) this.allArrived();
  }

  /** The server said no to a waiting client (e.g. the room is full): no point waiting for the rest. */
  turnedAway(index: number, why: string): void {
    if (!Number.isNaN(this.arrivedAt[index])) return; // in already: the end of the round, not a refusal
    this.problems.push(`client ${index + 1} was turned away: ${why}`);
    this.giveUp(new Error(`client ${index + 1} was turned away: ${why}`));
  }

  get admitted(): number {
    return this.count;
  }

  /** Every client exactly once, after the start; anything else fails the round. */
  check(): void {
    if (this.problems.length > 0) throw new Error(`${this.problems.length} admission problems; first: ${this.problems[0]}`);
  }

  latenciesMs(): number[] {
    return this.arrivedAt.map((at) => at - this.startedAt!);
  }
}

function timeout(ms: number, message: () => string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)));
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * One join storm: `clients` clients wait in one room, the host starts, and each client's
 * admission is timed from the host's emit to its arrival. Then every JWT is verified, the
 * session ended and every socket closed, also when the round fails.
 */
export async function runStormRound(side: StormSide, clients: number): Promise<RoundFigures> {
  const sockets: Socket[] = [];
  let session: StartedSession | null = null;
  const admissions = new Admissions(clients);
  try {
    const host = await side.connectHost();
    sockets.push(host);
    // Also lets the previous round's disconnects finish on the server before it is weighed.
    await sleep(SETTLE_MS);
    const memoryBefore = await memoryOf(side);

    const fillStartedAt = performance.now();
    await mapWithConcurrency(Array.from({ length: clients }, (_, i) => i), JOIN_CONCURRENCY, async (index) => {
      sockets.push(await side.joinWaiting(index, {
        admitted: (payload) => admissions.arrived(index, payload),
        turnedAway: (why) => admissions.turnedAway(index, why),
      }));
    });
    const fillMs = performance.now() - fillStartedAt;
    await sleep(SETTLE_MS);
    const memoryWaiting = await memoryOf(side);

    const serverCpuBefore = await cpuMsOf(side);
    const clientCpuBefore = process.cpuUsage();
    const windowFrom = monotonicUs();
    const startedAt = admissions.start();
    const deadline = timeout(STORM_TIMEOUT_MS, () => `only ${admissions.admitted} of ${clients} clients of ${side.label} were admitted within ${STORM_TIMEOUT_MS / 1000} s`);
    try {
      [session] = await Promise.race([Promise.all([side.start(host), admissions.complete]), deadline.promise]);
    } finally {
      deadline.cancel();
    }
    const stormMs = performance.now() - startedAt;
    const stormWindowUs = { from: windowFrom, to: monotonicUs() };
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const serverCpuMs = (await cpuMsOf(side)) - serverCpuBefore;
    admissions.check();

    const jitsiRoom = session.jitsiRoom;
    await Promise.all(admissions.payloads.map((payload, index) => verifyParticipantJwt(side.jwtOf(payload), { userName: side.nameOf(index), room: jitsiRoom })));
    return {
      latenciesMs: admissions.latenciesMs(),
      memoryBefore,
      memoryWaiting,
      serverCpuMs,
      clientCpuPct: ((clientCpu.user + clientCpu.system) / 1000 / stormMs) * 100,
      fillMs,
      stormWindowUs,
    };
  } finally {
    await session?.finish().catch((error: unknown) => console.error(`bench: ending the ${side.kind} session failed:`, error));
    for (const socket of sockets) socket.close();
  }
}
