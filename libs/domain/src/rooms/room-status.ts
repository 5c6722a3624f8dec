/** Always open: opens once a host starts it, then stays open. Scheduled: a specific time frame. */
export type RoomAvailability = { kind: 'always' } | { kind: 'scheduled'; start: Date; end: Date };

export interface LiveSession {
  startedAt: Date;
  /** People admitted and present now. */
  participantCount: number;
  /** A host or moderator among them. */
  hostPresent: boolean;
}

/** The facts about a room that decide its status; everything else about it is irrelevant here. */
export interface RoomTimeline {
  availability: RoomAvailability;
  earlyEntryMinutes: number;
  liveSession: LiveSession | null;
  deletedAt: Date | null;
}

export type RoomStatus =
  | { kind: 'deleted' }
  | { kind: 'live'; participantCount: number; hostPresent: boolean; startedAt: Date }
  | { kind: 'always-open' }
  | { kind: 'scheduled'; opensAt: Date; earlyEntryAt: Date }
  | { kind: 'early-entry'; startsAt: Date }
  | { kind: 'open'; endsAt: Date }
  | { kind: 'ended'; endedAt: Date };
export type RoomStatusKind = RoomStatus['kind'];

const MINUTE_MS = 60_000;

/** When the waiting room opens: `earlyEntryMinutes` before the start (a negative value counts as none). */
export function earlyEntryAt(start: Date, earlyEntryMinutes: number): Date {
  return new Date(start.getTime() - Math.max(0, earlyEntryMinutes) * MINUTE_MS);
}

/**
 * What the entry and channel pages show at `now` (SPEC "Entry page", "Meetings"). Derived
 * from the schedule and the live session, never stored, so it cannot go stale.
 *
 * A live session wins over the schedule: a meeting that runs past its end time is still
 * live (the host-absence sweep or a host ends it), and one started early is live at once.
 * Each boundary belongs to the later state: at the start the room is open, at the end ended.
 */
export function roomStatusAt(room: RoomTimeline, now: Date): RoomStatus {
  if (room.deletedAt !== null) return { kind: 'deleted' };
  // Nobody there is not live: the session waits out its host-absence timer, and the room says what its schedule says.
  if (room.liveSession && room.liveSession.participantCount > 0) {
    const { participantCount, hostPresent, startedAt } = room.liveSession;
    return { kind: 'live', participantCount, hostPresent, startedAt };
  }
  if (room.availability.kind === 'always') return { kind: 'always-open' };

  const { start, end } = room.availability;
  const entry = earlyEntryAt(start, room.earlyEntryMinutes);
  const t = now.getTime();
  if (t < entry.getTime()) return { kind: 'scheduled', opensAt: start, earlyEntryAt: entry };
  if (t < start.getTime()) return { kind: 'early-entry', startsAt: start };
  if (t < end.getTime()) return { kind: 'open', endsAt: end };
  return { kind: 'ended', endedAt: end };
}
