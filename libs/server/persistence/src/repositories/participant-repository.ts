import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import type { AttendanceEvent, SessionRole, StagePosition } from '@lti-rooms/domain';
import { Database } from '../database';
import { RoomSet, roomSetSql } from '../room-set';
import { toBool, toDate, toDateOrNull } from '../rows';

export type LeftReason = 'left' | 'timeout' | 'full' | 'ended';

export interface ParticipantRecord {
  id: string;
  accountId: string;
  sessionId: string;
  userId: string;
  userName: string;
  userEmail: string | null;
  userPicture: string | null;
  role: SessionRole;
  arrivedAt: Date;
  admittedAt: Date | null;
  leftAt: Date | null;
  leftReason: LeftReason | null;
  lastSeenAt: Date;
  cameraOn: boolean;
  /** Panel sessions: where they stand on the stage. */
  stagePosition: StagePosition;
  /** The role a host's promotion replaced; null when not promoted in this session. */
  promotedFrom: Exclude<SessionRole, 'host'> | null;
  jitsiParticipantId: string | null;
}

/** Who is inside a session now: present by heartbeat (last seen after `cutoff`), not left. */
export interface SessionHeadcount {
  participantCount: number;
  everyoneCount: number;
  waitingCount: number;
  hostPresent: boolean;
  camerasOn: number;
}

const SELECT_PARTICIPANT = `SELECT p.*, u.name AS user_name, u.email AS user_email, u.picture AS user_picture
  FROM session_participants p JOIN users u ON u.id = p.user_id`;

function toParticipant(row: Record<string, unknown>): ParticipantRecord {
  return {
    id: String(row.id),
    accountId: String(row.account_id),
    sessionId: String(row.session_id),
    userId: String(row.user_id),
    userName: String(row.user_name),
    userEmail: (row.user_email as string | null) ?? null,
    userPicture: (row.user_picture as string | null) ?? null,
    role: row.role as SessionRole,
    arrivedAt: toDate(row.arrived_at),
    admittedAt: toDateOrNull(row.admitted_at),
    leftAt: toDateOrNull(row.left_at),
    leftReason: (row.left_reason as LeftReason | null) ?? null,
    lastSeenAt: toDate(row.last_seen_at),
    cameraOn: toBool(row.camera_on),
    stagePosition: (row.stage_position as StagePosition | null) ?? 'viewer',
    promotedFrom: (row.promoted_from as ParticipantRecord['promotedFrom']) ?? null,
    jitsiParticipantId: (row.jitsi_participant_id as string | null) ?? null,
  };
}

const iso = (date: Date) => date.toISOString();

/** The people of a session and their attendance; every change except heartbeats runs under the room's lock. */
/** A person who took part in some of a room's sessions. */
export interface SessionPerson {
  name: string;
  email: string | null;
  ltiSub: string;
  /** Sessions they were a host in (hosts and moderators are not graded). */
  hostedSessions: Set<string>;
}

export class ParticipantRepository {
  constructor(private readonly db: Database) {}

  async find(accountId: string, sessionId: string, userId: string, transaction?: Transaction): Promise<ParticipantRecord | null> {
    const [row] = await this.db.select<Record<string, unknown>>(`${SELECT_PARTICIPANT} WHERE p.account_id = :accountId AND p.session_id = :sessionId AND p.user_id = :userId`, { accountId, sessionId, userId }, transaction);
    return row ? toParticipant(row) : null;
  }

  async findById(accountId: string, participantId: string, transaction?: Transaction): Promise<ParticipantRecord | null> {
    const [row] = await this.db.select<Record<string, unknown>>(`${SELECT_PARTICIPANT} WHERE p.account_id = :accountId AND p.id = :participantId`, { accountId, participantId }, transaction);
    return row ? toParticipant(row) : null;
  }

  async headcount(accountId: string, sessionId: string, cutoff: Date, transaction?: Transaction): Promise<SessionHeadcount> {
    const [row] = await this.db.select<Record<string, number | string | null>>(
      `SELECT
         SUM(CASE WHEN admitted_at IS NOT NULL AND role <> 'host' THEN 1 ELSE 0 END) AS participants,
         SUM(CASE WHEN admitted_at IS NOT NULL THEN 1 ELSE 0 END) AS everyone,
         SUM(CASE WHEN admitted_at IS NULL THEN 1 ELSE 0 END) AS waiting,
         SUM(CASE WHEN admitted_at IS NOT NULL AND role = 'host' THEN 1 ELSE 0 END) AS hosts,
         SUM(CASE WHEN admitted_at IS NOT NULL AND camera_on = :on THEN 1 ELSE 0 END) AS cameras
       FROM session_participants
       WHERE account_id = :accountId AND session_id = :sessionId AND left_at IS NULL AND last_seen_at > :cutoff`,
      { accountId, sessionId, cutoff: iso(cutoff), on: true },
      transaction,
    );
    const n = (value: number | string | null | undefined) => Number(value ?? 0);
    return { participantCount: n(row?.participants), everyoneCount: n(row?.everyone), waitingCount: n(row?.waiting), hostPresent: n(row?.hosts) > 0, camerasOn: n(row?.cameras) };
  }

  /** The waiting room, first come first. */
  async waiting(accountId: string, sessionId: string, cutoff: Date, transaction?: Transaction): Promise<ParticipantRecord[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `${SELECT_PARTICIPANT} WHERE p.account_id = :accountId AND p.session_id = :sessionId AND p.admitted_at IS NULL AND p.left_at IS NULL AND p.last_seen_at > :cutoff
       ORDER BY p.arrived_at, p.id`,
      { accountId, sessionId, cutoff: iso(cutoff) },
      transaction,
    );
    return rows.map(toParticipant);
  }

  /** Everyone not marked as gone, present or not (the sweep decides who timed out). */
  async notLeft(accountId: string, sessionId: string, transaction?: Transaction): Promise<ParticipantRecord[]> {
    const rows = await this.db.select<Record<string, unknown>>(`${SELECT_PARTICIPANT} WHERE p.account_id = :accountId AND p.session_id = :sessionId AND p.left_at IS NULL`, { accountId, sessionId }, transaction);
    return rows.map(toParticipant);
  }

  /** Whether anyone not yet marked gone has let the heartbeat lapse (the sweep's cheap look). */
  async anyStale(accountId: string, sessionId: string, cutoff: Date, transaction?: Transaction): Promise<boolean> {
    const rows = await this.db.select(
      'SELECT 1 AS stale FROM session_participants WHERE account_id = :accountId AND session_id = :sessionId AND left_at IS NULL AND last_seen_at <= :cutoff LIMIT 1',
      { accountId, sessionId, cutoff: iso(cutoff) },
      transaction,
    );
    return rows.length > 0;
  }

  /** The last heartbeat (or leave) of any host who was admitted: host absence counts from it. */
  async lastHostSeenAt(accountId: string, sessionId: string, transaction?: Transaction): Promise<Date | null> {
    const [row] = await this.db.select<{ at: unknown }>(
      `SELECT MAX(COALESCE(left_at, last_seen_at)) AS at FROM session_participants
       WHERE account_id = :accountId AND session_id = :sessionId AND role = 'host' AND admitted_at IS NOT NULL`,
      { accountId, sessionId },
      transaction,
    );
    return toDateOrNull(row?.at);
  }

  async insert(p: { accountId: string; sessionId: string; userId: string; role: SessionRole; admittedAt: Date | null }, now: Date, transaction: Transaction): Promise<string> {
    const id = randomUUID();
    await this.db.execute(
      `INSERT INTO session_participants (id, account_id, session_id, user_id, role, arrived_at, admitted_at, last_seen_at, camera_on)
       VALUES (:id, :accountId, :sessionId, :userId, :role, :now, :admittedAt, :now, :off)`,
      { id, ...p, admittedAt: p.admittedAt ? iso(p.admittedAt) : null, now: iso(now), off: false },
      transaction,
    );
    return id;
  }

  /** A person who left (or timed out, or found the room full) comes back: they arrive anew, keeping their row. */
  async rejoin(accountId: string, participantId: string, role: SessionRole, admittedAt: Date | null, now: Date, transaction: Transaction): Promise<void> {
    await this.db.execute(
      `UPDATE session_participants SET role = CASE WHEN promoted_from IS NULL THEN :role ELSE role END, arrived_at = :now, admitted_at = :admittedAt,
         left_at = NULL, left_reason = NULL, last_seen_at = :now, camera_on = :off, stage_position = 'viewer', stage_since = NULL, invited_by = NULL,
         invitation_outcome = NULL, jitsi_participant_id = NULL
       WHERE account_id = :accountId AND id = :participantId`,
      { accountId, participantId, role, admittedAt: admittedAt ? iso(admittedAt) : null, now: iso(now), off: false },
      transaction,
    );
  }

  async admit(accountId: string, participantIds: string[], now: Date, transaction: Transaction): Promise<void> {
    if (participantIds.length === 0) return;
    await this.db.execute('UPDATE session_participants SET admitted_at = :now, last_seen_at = :now WHERE account_id = :accountId AND id IN (:ids)', { accountId, ids: participantIds, now: iso(now) }, transaction);
  }

  async markLeft(accountId: string, participantIds: string[], at: Date, reason: LeftReason, transaction: Transaction): Promise<void> {
    if (participantIds.length === 0) return;
    await this.db.execute(
      'UPDATE session_participants SET left_at = :at, left_reason = :reason, camera_on = :off WHERE account_id = :accountId AND id IN (:ids) AND left_at IS NULL',
      { accountId, ids: participantIds, at: iso(at), reason, off: false },
      transaction,
    );
  }

  async touch(accountId: string, participantId: string, now: Date, transaction: Transaction): Promise<void> {
    await this.db.execute('UPDATE session_participants SET last_seen_at = :now WHERE account_id = :accountId AND id = :participantId', { accountId, participantId, now: iso(now) }, transaction);
  }

  /** Turns the camera slot on or off and records the change: attendance counts camera-on minutes. */
  async setCamera(accountId: string, participantId: string, on: boolean, at: Date, transaction: Transaction): Promise<void> {
    await this.db.execute('UPDATE session_participants SET camera_on = :on WHERE account_id = :accountId AND id = :participantId', { accountId, participantId, on }, transaction);
    await this.db.execute(
      `INSERT INTO attendance_events (id, account_id, session_id, participant_id, user_id, type, at)
       SELECT :id, account_id, session_id, id, user_id, :type, :at FROM session_participants WHERE account_id = :accountId AND id = :participantId`,
      { id: randomUUID(), accountId, participantId, type: on ? 'camera_on' : 'camera_off', at: iso(at) }, transaction,
    );
  }

  /**
   * Each process vouches for the people it holds a live connection for, in one statement.
   * On PostgreSQL rows locked by an admission or a leave are skipped rather than waited
   * for: that transaction is writing them anyway, and a heartbeat must never deadlock it.
   */
  async heartbeat(participantIds: string[], now: Date): Promise<void> {
    if (participantIds.length === 0) return;
    const where = this.db.dialect === 'postgres'
      ? 'id IN (SELECT id FROM session_participants WHERE id IN (:ids) AND left_at IS NULL FOR UPDATE SKIP LOCKED)'
      : 'id IN (:ids) AND left_at IS NULL';
    await this.db.execute(`UPDATE session_participants SET last_seen_at = :now WHERE ${where}`, { ids: participantIds, now: iso(now) });
  }

  async recordAttendance(events: Array<{ accountId: string; sessionId: string; participantId: string; userId: string; type: AttendanceEvent['type']; at: Date }>, transaction: Transaction): Promise<void> {
    if (events.length === 0) return;
    const values: string[] = [];
    const replacements: Record<string, unknown> = {};
    events.forEach((event, i) => {
      values.push(`(:id${i}, :account${i}, :session${i}, :participant${i}, :user${i}, :type${i}, :at${i})`);
      Object.assign(replacements, {
        [`id${i}`]: randomUUID(), [`account${i}`]: event.accountId, [`session${i}`]: event.sessionId, [`participant${i}`]: event.participantId,
        [`user${i}`]: event.userId, [`type${i}`]: event.type, [`at${i}`]: iso(event.at),
      });
    });
    await this.db.execute(`INSERT INTO attendance_events (id, account_id, session_id, participant_id, user_id, type, at) VALUES ${values.join(', ')}`, replacements, transaction);
  }

  async attendance(accountId: string, sessionIds: string[]): Promise<Map<string, AttendanceEvent[]>> {
    const bySession = new Map<string, AttendanceEvent[]>(sessionIds.map((id) => [id, []]));
    if (sessionIds.length === 0) return bySession;
    const rows = await this.db.select<Record<string, unknown>>(
      'SELECT session_id, participant_id, user_id, type, at FROM attendance_events WHERE account_id = :accountId AND session_id IN (:sessionIds) ORDER BY at',
      { accountId, sessionIds },
    );
    for (const row of rows) {
      bySession.get(String(row.session_id))?.push({ userId: String(row.user_id), type: row.type as AttendanceEvent['type'], at: toDate(row.at), connectionId: String(row.participant_id) });
    }
    return bySession;
  }

  /** Who took part in these sessions, by user id: names for the attendance list, LMS ids for the gradebook, who hosted. */
  async people(accountId: string, sessionIds: string[]): Promise<Map<string, SessionPerson>> {
    const people = new Map<string, SessionPerson>();
    if (sessionIds.length === 0) return people;
    const rows = await this.db.select<{ id: string; name: string; email: string | null; lti_sub: string; session_id: string; role: string }>(
      `SELECT u.id, u.name, u.email, u.lti_sub, p.session_id, p.role FROM session_participants p JOIN users u ON u.id = p.user_id
       WHERE p.account_id = :accountId AND p.session_id IN (:sessionIds)`,
      { accountId, sessionIds },
    );
    for (const row of rows) {
      const person = people.get(row.id) ?? { name: row.name, email: row.email ?? null, ltiSub: row.lti_sub, hostedSessions: new Set<string>() };
      if (row.role === 'host') person.hostedSessions.add(row.session_id);
      people.set(row.id, person);
    }
    return people;
  }

  /** Live head count per room, for the channel and entry pages ("live now with count"). */
  async liveCounts(accountId: string, rooms: RoomSet, cutoff: Date): Promise<Map<string, { startedAt: Date; participantCount: number; hostPresent: boolean }>> {
    const live = new Map<string, { startedAt: Date; participantCount: number; hostPresent: boolean }>();
    if (rooms.kind === 'ids' && rooms.roomIds.length === 0) return live;
    const set = roomSetSql(rooms);
    const present = `FROM session_participants p WHERE p.session_id = s.id AND p.admitted_at IS NOT NULL AND p.left_at IS NULL AND p.last_seen_at > :cutoff`;
    const rows = await this.db.select<{ room_id: string; started_at: unknown; n: number | string; hosts: number | string }>(
      `SELECT s.room_id, s.started_at, (SELECT COUNT(*) ${present}) AS n, (SELECT COUNT(*) ${present} AND p.role = 'host') AS hosts
       FROM meeting_sessions s WHERE s.account_id = :accountId AND s.room_id IN (${set.sql}) AND s.status = 'live'`,
      { accountId, cutoff: iso(cutoff), ...set.params },
    );
    for (const row of rows) live.set(row.room_id, { startedAt: toDate(row.started_at), participantCount: Number(row.n), hostPresent: Number(row.hosts) > 0 });
    return live;
  }

  /** People waiting to be let in, per room, in the rooms' open sessions (waiting or live and locked). */
  async waitingCounts(accountId: string, rooms: RoomSet, cutoff: Date): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (rooms.kind === 'ids' && rooms.roomIds.length === 0) return counts;
    const set = roomSetSql(rooms);
    const rows = await this.db.select<{ room_id: string; n: number | string }>(
      `SELECT s.room_id, COUNT(*) AS n FROM meeting_sessions s
       JOIN session_participants p ON p.session_id = s.id AND p.account_id = s.account_id
       WHERE s.account_id = :accountId AND s.room_id IN (${set.sql}) AND s.status IN ('waiting', 'live')
         AND p.admitted_at IS NULL AND p.left_at IS NULL AND p.last_seen_at > :cutoff
       GROUP BY s.room_id`,
      { accountId, cutoff: iso(cutoff), ...set.params },
    );
    for (const row of rows) counts.set(row.room_id, Number(row.n));
    return counts;
  }
}
