/**
 * A clock that starts at the real time and moves only when a test says so (ARCHITECTURE
 * "inject a clock"): schedules, heartbeats and host absence are tested without waiting.
 */
export class TestClock {
  private offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}
