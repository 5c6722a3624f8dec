import { performance } from 'node:perf_hooks';

/** What each client received, as the contract wants it: every version once, in order. */
export interface DeliveryCheck {
  /** Versions a client never received (counted per client). */
  missing: number;
  /** Versions a client received more than once. */
  duplicates: number;
  /** Receipts of a version lower than one the client had already seen. */
  outOfOrder: number;
}

/**
 * Every 'stage:changed' every client of one side receives, timed on this process's clock
 * (all clients live here). The handler does as little as it can (a clock read and two
 * pushes): it runs 300 times per transition on the clock being measured.
 */
export class Receipts {
  private readonly sequences: number[][];
  private readonly firstArrival: Array<Map<number, number>>;
  private readonly counts = new Map<number, number>();
  private readonly samples = new Map<number, unknown>();
  private armedAt: number | null = null;
  private waiter: { version: number; resolve: () => void } | null = null;
  /** Clients whose connection dropped: they can no longer receive anything, so the run fails. */
  readonly dropped: string[] = [];

  constructor(readonly clients: number) {
    this.sequences = Array.from({ length: clients }, () => []);
    this.firstArrival = Array.from({ length: clients }, () => new Map());
  }

  /** From now on every client should see `version` + 1, + 2, … Changes before (the set-up's) are not counted. */
  arm(version: number): void {
    this.armedAt = version;
  }

  /** The handler of client `client`'s 'stage:changed'. */
  received(client: number, event: unknown): void {
    const now = performance.now();
    if (this.armedAt === null) return;
    const version = (event as { version?: unknown })?.version;
    if (typeof version !== 'number' || version <= this.armedAt) return;
    this.sequences[client].push(version);
    if (this.firstArrival[client].has(version)) return;
    this.firstArrival[client].set(version, now);
    // The host's copy is validated against the contract after the transition, off the clock.
    if (client === 0) this.samples.set(version, event);
    const count = (this.counts.get(version) ?? 0) + 1;
    this.counts.set(version, count);
    if (count === this.clients && this.waiter?.version === version) this.waiter.resolve();
  }

  /** A client's connection closed without the bench closing it. */
  disconnected(client: number, reason: string): void {
    this.dropped.push(`client ${client} (${client === 0 ? 'the host' : `learner ${client}`}) was disconnected: ${reason}`);
  }

  /** Resolves true when every client has `version`, false when `timeoutMs` passes first. */
  whenAll(version: number, timeoutMs: number): Promise<boolean> {
    if ((this.counts.get(version) ?? 0) === this.clients) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(false);
      }, timeoutMs);
      this.waiter = {
        version,
        resolve: () => {
          clearTimeout(timer);
          this.waiter = null;
          resolve(true);
        },
      };
    });
  }

  /** When each client first received `version` (performance.now()); NaN for a client that never did. */
  arrivals(version: number): number[] {
    return this.firstArrival.map((arrived) => arrived.get(version) ?? Number.NaN);
  }

  /** The host's copy of `version`'s event. */
  sample(version: number): unknown {
    return this.samples.get(version);
  }

  /** Each client against the versions after arm() up to `lastVersion`. */
  check(lastVersion: number): DeliveryCheck {
    const from = this.armedAt ?? lastVersion;
    const result: DeliveryCheck = { missing: 0, duplicates: 0, outOfOrder: 0 };
    for (const sequence of this.sequences) {
      const seen = new Set(sequence);
      for (let version = from + 1; version <= lastVersion; version++) if (!seen.has(version)) result.missing++;
      result.duplicates += sequence.length - seen.size;
      for (let i = 1; i < sequence.length; i++) if (sequence[i] < sequence[i - 1]) result.outOfOrder++;
    }
    return result;
  }
}
