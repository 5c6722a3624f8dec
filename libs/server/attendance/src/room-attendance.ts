import { sessionReport, type SessionReport } from '@lti-rooms/domain';
import type { MeetingSessionRepository, ParticipantRepository, RoomRecord, SessionPerson, SessionRecord } from '@lti-rooms/server-persistence';

/** A session that went live, with its register. */
export interface SessionWithReport {
  session: SessionRecord;
  startedAt: Date;
  endedAt: Date | null;
  scheduledStartAt: Date | null;
  report: SessionReport;
}

export interface RoomAttendance {
  /** Newest first, as the attendance page lists them. */
  sessions: SessionWithReport[];
  people: Map<string, SessionPerson>;
}

/**
 * The scheduled start a session is measured against for lateness: the room's time frame,
 * when the session ran within it. Always-open rooms have none.
 */
function scheduledStartOf(room: RoomRecord, startedAt: Date): Date | null {
  const availability = room.availability;
  if (availability.kind !== 'scheduled' || startedAt > availability.end) return null;
  return availability.start;
}

/** Reads a room's sessions and their events once, and builds every session's register from them. */
export class RoomAttendanceReader {
  constructor(private readonly deps: { sessions: MeetingSessionRepository; participants: ParticipantRepository; clock: () => Date }) {}

  async read(room: RoomRecord, onlySessionId?: string): Promise<RoomAttendance> {
    const all = await this.deps.sessions.ofRoom(room.accountId, room.id);
    // A waiting room that never went live has no register.
    const started = all.filter((s) => s.state.status !== 'waiting' && s.state.startedAt !== null && (onlySessionId === undefined || s.id === onlySessionId));
    const ids = started.map((s) => s.id);
    const [events, people] = await Promise.all([this.deps.participants.attendance(room.accountId, ids), this.deps.participants.people(room.accountId, ids)]);
    const now = this.deps.clock();
    const sessions = started.map((session): SessionWithReport => {
      const startedAt = session.state.status === 'waiting' ? session.state.openedAt : session.state.startedAt!;
      const endedAt = session.state.status === 'ended' ? session.state.endedAt : null;
      const scheduledStartAt = scheduledStartOf(room, startedAt);
      return { session, startedAt, endedAt, scheduledStartAt, report: sessionReport(events.get(session.id) ?? [], { startedAt, endedAt, now, scheduledStartAt }) };
    });
    return { sessions, people };
  }
}
