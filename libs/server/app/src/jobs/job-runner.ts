import { performance } from 'node:perf_hooks';
import type { Logger } from '@lti-rooms/server-core';

/** Told how long each run took (failed runs too): what the jobs cost a process shows in the metrics. */
export type JobObserver = (name: string, seconds: number) => void;

/**
 * The process's repeating jobs, started by the composition root. Every job must be safe to
 * run on every server process at once (ARCHITECTURE "Jobs only sweep what must be written");
 * a run never overlaps the previous one, and a failure is logged, never thrown.
 */
export class JobRunner {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<string>();
  private stopped = false;

  constructor(private readonly logger: Logger, private readonly observe: JobObserver = () => undefined) {}

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
    const started = performance.now();
    try {
      await job();
    } catch (error) {
      this.logger.error({ err: error, job: name }, 'job failed');
    } finally {
      this.running.delete(name);
      this.observe(name, (performance.now() - started) / 1000);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
  }
}
