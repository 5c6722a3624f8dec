import type { AttendanceMatrix, MyAttendance, SessionAttendance } from '@lti-rooms/contracts';
import {
  absenteesOf, attendanceCsv, attendanceMatrix, learnersOf, DEFAULT_GRADING_SETTINGS, DEFAULT_LOCALE, notFound, roomScore, sessionScore, type AttendeeIdentity, type RosterPerson,
  type SupportedLocale,
} from '@lti-rooms/domain';
import type { GradingRepository, RoomRecord, SessionPerson } from '@lti-rooms/server-persistence';
import type { Viewer } from '@lti-rooms/server-http';
import type { RoomService } from '@lti-rooms/server-rooms';
import { attendanceWorkbook, matrixWorkbook } from './attendance-workbook';
import type { CourseDirectory } from './course-services';
import type { RoomAttendanceReader, SessionWithReport } from './room-attendance';

export interface AttendanceServiceDeps {
  rooms: RoomService;
  reader: RoomAttendanceReader;
  courses: CourseDirectory;
  grading: GradingRepository;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Every session's register (SPEC "Attendance and grades"): on screen, as CSV and XLSX, per room as a matrix, and a student's own. */
export class AttendanceService {
  constructor(private readonly deps: AttendanceServiceDeps) {}

  /** Sessions that went live, newest first, each with who came, for how long, and who never came. */
  async list(viewer: Viewer, roomId: string): Promise<SessionAttendance[]> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    const { sessions, people } = await this.deps.reader.read(room);
    const roster = sessions.some((s) => s.scheduledStartAt !== null) ? await this.rosterOf(room) : null;
    return sessions.map((s) => presentSession(s, people, roster));
  }

  async csv(viewer: Viewer, roomId: string, sessionId: string, zone: string, locale: SupportedLocale = DEFAULT_LOCALE): Promise<{ filename: string; body: string }> {
    const { room, session, people } = await this.oneSession(viewer, roomId, sessionId);
    const identities = new Map<string, AttendeeIdentity>([...people].map(([id, person]) => [id, person]));
    return { filename: `${fileStem(room, session)}.csv`, body: attendanceCsv(session.report.rows, identities, { zone, excelBom: true, locale }) };
  }

  async xlsx(viewer: Viewer, roomId: string, sessionId: string, zone: string, locale: SupportedLocale = DEFAULT_LOCALE): Promise<{ filename: string; body: Buffer }> {
    const { room, session, people } = await this.oneSession(viewer, roomId, sessionId);
    const roster = session.scheduledStartAt !== null ? await this.rosterOf(room) : null;
    const presented = presentSession(session, people, roster);
    return { filename: `${fileStem(room, session)}.xlsx`, body: await attendanceWorkbook({ session: presented, zone, locale }) };
  }

  async matrix(viewer: Viewer, roomId: string): Promise<AttendanceMatrix> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    return this.buildMatrix(room);
  }

  async matrixXlsx(viewer: Viewer, roomId: string, zone: string, locale: SupportedLocale = DEFAULT_LOCALE): Promise<{ filename: string; body: Buffer }> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    return { filename: `attendance-${slug(room.name)}.xlsx`, body: await matrixWorkbook({ matrix: await this.buildMatrix(room), zone, locale }) };
  }

  /** The viewer's own attendance and score: never anyone else's. */
  async mine(viewer: Viewer, roomId: string): Promise<MyAttendance> {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'view');
    const [{ sessions }, settings] = await Promise.all([this.deps.reader.read(room), this.deps.grading.settingsOf(viewer.accountId, room.id)]);
    const grading = settings ?? DEFAULT_GRADING_SETTINGS;
    const ended = sessions.filter((s) => s.endedAt !== null);
    const attendanceOf = (s: SessionWithReport) => ({ secondsPresent: s.report.rows.find((row) => row.userId === viewer.userId)?.secondsPresent ?? 0, sessionSeconds: s.report.durationSeconds });
    return {
      grading: { enabled: grading.enabled, maxScore: grading.maxScore, aggregation: grading.aggregation },
      sessions: ended.map((s) => {
        const row = s.report.rows.find((r) => r.userId === viewer.userId);
        return {
          id: s.session.id, startedAt: iso(s.startedAt), endedAt: iso(s.endedAt),
          minutesPresent: row?.minutesPresent ?? 0, percentOfSession: row?.percentOfSession ?? 0, lateMinutes: row ? row.lateMinutes : null,
          score: grading.enabled ? sessionScore(grading.rule, attendanceOf(s), grading.maxScore) : null,
        };
      }),
      roomScore: grading.enabled && ended.length > 0 ? roomScore(grading, [...ended].reverse().map(attendanceOf)) : null,
    };
  }

  private async oneSession(viewer: Viewer, roomId: string, sessionId: string) {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'viewAttendance');
    const { sessions, people } = await this.deps.reader.read(room, sessionId);
    const session = sessions[0];
    if (!session) throw notFound('SESSION_NOT_FOUND');
    return { room, session, people };
  }

  private async buildMatrix(room: RoomRecord): Promise<AttendanceMatrix> {
    const { sessions, people } = await this.deps.reader.read(room);
    const oldestFirst = [...sessions].reverse();
    const roster = await this.rosterOf(room);
    const bySub = new Map([...people].map(([userId, person]) => [person.ltiSub, userId]));
    const names = new Map([...people].map(([userId, person]) => [userId, person.name]));
    const students = new Map<string, string>();
    for (const person of roster ? learnersOf(roster) : []) students.set(bySub.get(person.ltiUserId) ?? `lti:${person.ltiUserId}`, person.name);
    for (const s of oldestFirst) for (const row of s.report.rows) if (!people.get(row.userId)?.hostedSessions.has(s.session.id) && !roster) students.set(row.userId, names.get(row.userId) ?? row.userId);
    const matrix = attendanceMatrix(
      oldestFirst.map((s) => ({ sessionId: s.session.id, durationSeconds: s.report.durationSeconds, rows: s.report.rows })),
      [...students.keys()].map((userId) => ({ userId })),
    );
    const startedAt = new Map(oldestFirst.map((s) => [s.session.id, s.startedAt]));
    return {
      sessions: matrix.sessions.map((s) => ({ id: s.sessionId, startedAt: iso(startedAt.get(s.sessionId) ?? null), presentCount: s.presentCount })),
      students: matrix.students.map((s) => ({ ...s, name: students.get(s.userId) ?? s.userId })),
    };
  }

  /** The learners of every course the room is published in; null when no course offers a readable roster. */
  private async rosterOf(room: RoomRecord): Promise<RosterPerson[] | null> {
    const courses = await this.deps.courses.coursesOf(room.accountId, room.id);
    const rosters = await Promise.all(courses.map((course) => this.deps.courses.roster(room.accountId, course)));
    const read = rosters.filter((roster): roster is RosterPerson[] => Array.isArray(roster));
    if (read.length === 0) return null;
    const bySub = new Map(read.flat().map((person) => [person.ltiUserId, person]));
    return [...bySub.values()];
  }
}

function presentSession(s: SessionWithReport, people: ReadonlyMap<string, SessionPerson>, roster: readonly RosterPerson[] | null): SessionAttendance {
  const state = s.session.state;
  const cameToSession = new Set(s.report.rows.map((row) => people.get(row.userId)?.ltiSub).filter((sub): sub is string => !!sub));
  return {
    id: s.session.id,
    status: state.status,
    mode: s.session.mode,
    startedAt: iso(s.startedAt),
    endedAt: iso(s.endedAt),
    endReason: state.status === 'ended' ? state.endReason : null,
    scheduledStartAt: iso(s.scheduledStartAt),
    durationMinutes: Math.round(s.report.durationSeconds / 60),
    rows: s.report.rows.map((row) => ({
      userId: row.userId,
      name: people.get(row.userId)?.name ?? row.userId,
      email: people.get(row.userId)?.email ?? null,
      firstJoinAt: row.firstJoinAt.toISOString(),
      lastLeaveAt: iso(row.lastLeaveAt),
      segments: row.segments.map((segment) => ({ from: segment.from.toISOString(), to: iso(segment.to) })),
      minutesPresent: row.minutesPresent,
      percentOfSession: row.percentOfSession,
      onStageMinutes: s.session.mode === 'panel' ? row.onStageMinutes : null,
      cameraOnMinutes: row.cameraOnMinutes,
      lateMinutes: row.lateMinutes,
    })),
    absentees: s.scheduledStartAt !== null && roster ? absenteesOf(roster, cameToSession).map((person) => ({ ltiUserId: person.ltiUserId, name: person.name })) : null,
  };
}

function fileStem(room: RoomRecord, session: SessionWithReport): string {
  return `attendance-${slug(room.name)}-${session.startedAt.toISOString().slice(0, 10)}`;
}

/** A file name any OS accepts: letters, digits and dashes. */
function slug(name: string): string {
  return name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').toLowerCase().slice(0, 60) || 'room';
}
