import type { PresenceEvent, WaitingEvent } from '@lti-rooms/contracts';

/** How long head-count changes are gathered before one update goes out. */
export const HEADCOUNT_COALESCE_MS = 150;

export interface HeadcountSource {
  headcount(accountId: string, sessionId: string): Promise<{ everyoneCount: number; waitingCount: number; hostPresent: boolean }>;
}

/**
 * Sends a session's waiting count and presence after a burst of joins or leaves settles.
 * Without it, 300 people arriving at once would each trigger a broadcast to all the others:
 * 90,000 messages for one class starting. Each process coalesces its own changes.
 */
export class HeadcountBroadcaster {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly source: HeadcountSource,
    private readonly send: (roomId: string, waiting: WaitingEvent, presence: PresenceEvent) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  changed(accountId: string, roomId: string, sessionId: string): void {
    if (this.pending.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(sessionId);
      this.source.headcount(accountId, sessionId).then(
        ({ everyoneCount, waitingCount, hostPresent }) => this.send(roomId, { sessionId, waitingCount }, { sessionId, inRoomCount: everyoneCount, hostPresent }),
        this.onError,
      );
    }, HEADCOUNT_COALESCE_MS);
    timer.unref();
    this.pending.set(sessionId, timer);
  }

  close(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
