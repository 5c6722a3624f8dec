import { killAllServers } from './server-process';

/** Progress goes to stderr: stdout is the report, and its last line the JSON. */
export const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

/**
 * What a benchmark holds right now (servers, databases, sockets) and how Ctrl-C gives it
 * back. The first signal closes everything held, so work in flight fails fast and the run
 * winds down through its normal finally blocks; a second one exits at once.
 */
/**
 * One Ctrl-C can arrive several times within milliseconds: the terminal signals the whole
 * process group, and npm and tsx each relay it to their child as well. Only a repeat after
 * this long is a person pressing Ctrl-C again.
 */
const REPEAT_SIGNAL_MS = 1_000;

export class RunGuard {
  /** Set by Ctrl-C or SIGTERM: the run reports nothing and exits with 130. */
  interrupted = false;
  private interruptedAt = 0;
  private readonly held = new Set<() => Promise<void>>();

  constructor(private readonly whatCleanupDoes = 'stopping the servers and dropping the databases') {}

  install(): this {
    // Last resort, synchronous: no server process outlives the bench.
    process.on('exit', killAllServers);
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.interrupted) {
        if (Date.now() - this.interruptedAt < REPEAT_SIGNAL_MS) return;
        progress(`${signal} again: killing the servers without dropping the databases`);
        process.exit(130);
      }
      this.interrupted = true;
      this.interruptedAt = Date.now();
      progress(`${signal}: ${this.whatCleanupDoes} (again to force)`);
      void Promise.all([...this.held].map((close) => this.release(close)));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return this;
  }

  /** Holds `close` until release(close); a signal runs it meanwhile. `close` must be safe to run twice. */
  hold<T extends () => Promise<void>>(close: T): T {
    this.held.add(close);
    return close;
  }

  async release(close: () => Promise<void>): Promise<void> {
    this.held.delete(close);
    await close();
  }
}
