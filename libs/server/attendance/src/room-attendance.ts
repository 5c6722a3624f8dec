import { scheduledStartFor, sessionReport, type SessionReport } from '@lti-rooms/domain';
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

/** Reads a room's sessions and their events once, and builds every session's register from them. */
export class RoomAttendanceReader {
  constructor(private readonly deps: { sessions: MeetingSessionRepository; participants: ParticipantRepository; clock: () => Date }) {}

  async read(room: RoomRecord, onlySessionId?: string): Promise<RoomAttendance> {
    const all = await this.deps.sessions.ofRoom(room.accountId, room.id);
    // A waiting room that never went live has no register.
    const started = all.flatMap((session) =>
      session.state.status !== 'waiting' && session.state.startedAt !== null && (onlySessionId === undefined || session.id === onlySessionId)
        ? [{ session, startedAt: session.state.startedAt, endedAt: session.state.status === 'ended' ? session.state.endedAt : null }]
        : [],
    );
    const ids = started.map(({ session }) => session.id);
    const [events, people] = await Promise.all([this.deps.participants.attendance(room.accountId, ids), this.deps.participants.people(room.accountId, ids)]);
    const now = this.deps.clock();
    const sessions = started.map(({ session, startedAt, endedAt }): SessionWithReport => {
      const scheduledStartAt = scheduledStartFor(room.availability, startedAt);
      return { session, startedAt, endedAt, scheduledStartAt, report: sessionReport(events.get(session.id) ?? [], { startedAt, endedAt, now, scheduledStartAt }) };
    });
    return { sessions, people };
  }
}
