import type { Logger } from '@lti-rooms/server-core';

/**
 * The process's repeating jobs, started by the composition root. Every job must be safe to
 * run on every server process at once (ARCHITECTURE "Jobs only sweep what must be written");
 * a run never overlaps the previous one, and a failure is logged, never thrown.
 */
export class JobRunner {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<string>();
  private stopped = false;

  constructor(private readonly logger: Logger) {}

  /** Runs `job` every `intervalMs`; the first run comes after a random part of an interval, so processes started together spread out. */
  every(name: string, intervalMs: number, job: () => Promise<unknown>): void {
    const start = setTimeout(() => {
      void this.run(name, job);
      const timer = setInterval(() => void this.run(name, job), intervalMs);
      timer.unref();
      this.timers.push(timer);
    }, Math.floor(Math.random() * intervalMs));
    start.unref();
    this.timers.push(start);
  }

  async run(name: string, job: () => Promise<unknown>): Promise<void> {
    if (this.stopped || this.running.has(name)) return;
    this.running.add(name);
    try {
      await job();
    } catch (error) {
      this.logger.error({ err: error, job: name }, 'job failed');
    } finally {
      this.running.delete(name);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
  }
}
