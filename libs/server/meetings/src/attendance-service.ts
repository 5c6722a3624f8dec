import type { SessionAttendance } from '@lti-rooms/contracts';
import { attendanceCsv, AttendeeIdentity, computeAttendance, DEFAULT_LOCALE, notFound, type SupportedLocale } from '@lti-rooms/domain';
import type { MeetingSessionRepository, ParticipantRepository, SessionRecord } from '@lti-rooms/server-persistence';
import type { Viewer } from '@lti-rooms/server-http';
import type { RoomService } from '@lti-rooms/server-rooms';

export interface AttendanceServiceDeps {
  rooms: RoomService;
  sessions: MeetingSessionRepository;
  participants: ParticipantRepository;
  clock: () => Date;
}

const endedAtOf = (session: SessionRecord) => (session.state.status === 'ended' ? session.state.endedAt : null);

/** Each session's register for owners and co-editors (SPEC "Attendance"), on screen and as CSV. */
export class AttendanceService {
  constructor(private readonly deps: AttendanceServiceDeps) {}

  /** Sessions that went live, newest first; a waiting room that never opened has no register. */
  async list(viewer: Viewer, roomId: string): Promise<SessionAttendance[]> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    const sessions = (await this.deps.sessions.ofRoom(viewer.accountId, room.id)).filter((s) => s.state.status !== 'waiting' && s.state.startedAt !== null);
    const ids = sessions.map((s) => s.id);
    const [events, people] = await Promise.all([this.deps.participants.attendance(viewer.accountId, ids), this.deps.participants.people(viewer.accountId, ids)]);
    const now = this.deps.clock();
    return sessions.map((session) => ({
      id: session.id,
      status: session.state.status,
      startedAt: session.state.status === 'waiting' ? null : session.state.startedAt?.toISOString() ?? null,
      endedAt: endedAtOf(session)?.toISOString() ?? null,
      endReason: session.state.status === 'ended' ? session.state.endReason : null,
      rows: computeAttendance(events.get(session.id) ?? [], { sessionEndedAt: endedAtOf(session), now }).map((row) => ({
        userId: row.userId,
        name: people.get(row.userId)?.name ?? row.userId,
        email: people.get(row.userId)?.email ?? null,
        firstJoinAt: row.firstJoinAt.toISOString(),
        lastLeaveAt: row.lastLeaveAt?.toISOString() ?? null,
        minutesPresent: row.minutesPresent,
      })),
    }));
  }

  /** The download, times in the viewer's zone (named in the header), the header in the viewer's language. */
  async csv(viewer: Viewer, roomId: string, sessionId: string, zone: string, locale: SupportedLocale = DEFAULT_LOCALE): Promise<{ filename: string; body: string }> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    const session = await this.deps.sessions.find(viewer.accountId, sessionId);
    if (!session || session.roomId !== room.id) throw notFound('SESSION_NOT_FOUND');
    const [events, people] = await Promise.all([this.deps.participants.attendance(viewer.accountId, [session.id]), this.deps.participants.people(viewer.accountId, [session.id])]);
    const rows = computeAttendance(events.get(session.id) ?? [], { sessionEndedAt: endedAtOf(session), now: this.deps.clock() });
    const identities = new Map<string, AttendeeIdentity>([...people].map(([id, person]) => [id, person]));
    const day = (session.state.status === 'waiting' ? session.state.openedAt : session.state.startedAt ?? session.state.openedAt).toISOString().slice(0, 10);
    return { filename: `attendance-${slug(room.name)}-${day}.csv`, body: attendanceCsv(rows, identities, { zone, excelBom: true, locale }) };
  }
}

/** A file name any OS accepts: letters, digits and dashes. */
function slug(name: string): string {
  return name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').toLowerCase().slice(0, 60) || 'room';
}
