import { Transaction } from 'sequelize';
import type { EndReason, RoomFeatures, RoomMode, SessionChat, SessionState, StageAccessMode, StartTrigger } from '@lti-rooms/domain';
import { Database } from '../database';
import { jsonColumn, storedShapes, toBool, toDate, toDateOrNull } from '../rows';

export interface SessionRecord {
  id: string;
  accountId: string;
  roomId: string;
  state: SessionState;
  jitsiRoom: string;
  mode: RoomMode;
  features: RoomFeatures;
  chat: SessionChat;
  /** Panel sessions: the stage access mode it started with (changed later through the stage). */
  stageAccessMode: StageAccessMode | null;
  /** A host locked it: new arrivals wait until a host admits them. */
  locked: boolean;
}

export type NewSession = SessionRecord;

function toState(row: Record<string, unknown>): SessionState {
  const openedAt = toDate(row.opened_at);
  const startedAt = toDateOrNull(row.started_at);
  if (row.status === 'ended') return { status: 'ended', openedAt, startedAt, endedAt: toDate(row.ended_at), endReason: row.end_reason as EndReason };
  if (row.status === 'live') return { status: 'live', openedAt, startedAt: startedAt!, startedBy: row.started_by as StartTrigger };
  return { status: 'waiting', openedAt };
}

function toSession(row: Record<string, unknown>): SessionRecord {
  return {
    id: String(row.id),
    accountId: String(row.account_id),
    roomId: String(row.room_id),
    state: toState(row),
    jitsiRoom: String(row.jitsi_room),
    mode: row.mode as RoomMode,
    features: jsonColumn(row.features, storedShapes.features, `meeting_sessions.features of ${String(row.id)}`) as unknown as RoomFeatures,
    chat: jsonColumn(row.chat, storedShapes.chat, `meeting_sessions.chat of ${String(row.id)}`),
    stageAccessMode: (row.stage_access_mode as StageAccessMode | null) ?? null,
    locked: toBool(row.locked),
  };
}

function stateColumns(state: SessionState): Record<string, string | null> {
  return {
    status: state.status,
    opened_at: state.openedAt.toISOString(),
    started_at: state.status === 'waiting' ? null : state.startedAt?.toISOString() ?? null,
    started_by: state.status === 'live' ? state.startedBy : null,
    ended_at: state.status === 'ended' ? state.endedAt.toISOString() : null,
    end_reason: state.status === 'ended' ? state.endReason : null,
  };
}

/**
 * An open session with what a sweep decides it from (domain sweepSession): presence by
 * heartbeat (last seen after the cutoff), the last sign of a host, a host's last end of the room.
 */
export interface SweepFacts {
  session: SessionRecord;
  /** Someone not marked gone has let the heartbeat lapse. */
  stale: boolean;
  hostPresent: boolean;
  /** Admitted or waiting, present by heartbeat. */
  anyonePresent: boolean;
  lastHostSeenAt: Date | null;
  hostEndedAt: Date | null;
}

/** Meeting sessions of one account's rooms; the room's row lock serialises every change to them. */
export class MeetingSessionRepository {
  constructor(private readonly db: Database) {}

  /**
   * Takes the room's row lock until the transaction ends. Every change to a room's sessions,
   * participants and camera slots takes it first, so two processes on one PostgreSQL act in
   * turn (and always in the same lock order). SQLite transactions lock the whole database.
   */
  async lockRoom(accountId: string, roomId: string, transaction: Transaction): Promise<void> {
    if (this.db.dialect !== 'postgres') return;
    await this.db.select('SELECT id FROM rooms WHERE account_id = :accountId AND id = :roomId FOR UPDATE', { accountId, roomId }, transaction);
  }

  async latest(accountId: string, roomId: string, transaction?: Transaction): Promise<SessionRecord | null> {
    const [row] = await this.db.select<Record<string, unknown>>(
      `SELECT * FROM meeting_sessions WHERE account_id = :accountId AND room_id = :roomId ORDER BY opened_at DESC, created_at DESC LIMIT 1`,
      { accountId, roomId },
      transaction,
    );
    return row ? toSession(row) : null;
  }

  async find(accountId: string, sessionId: string, transaction?: Transaction): Promise<SessionRecord | null> {
    const [row] = await this.db.select<Record<string, unknown>>('SELECT * FROM meeting_sessions WHERE account_id = :accountId AND id = :sessionId', { accountId, sessionId }, transaction);
    return row ? toSession(row) : null;
  }

  /** When a host last ended a session of the room for everyone (domain: scheduleOpensRoom). */
  async hostEndedAt(accountId: string, roomId: string, transaction?: Transaction): Promise<Date | null> {
    const [row] = await this.db.select<{ at: unknown }>(
      `SELECT MAX(ended_at) AS at FROM meeting_sessions WHERE account_id = :accountId AND room_id = :roomId AND end_reason = 'host-ended'`,
      { accountId, roomId },
      transaction,
    );
    return toDateOrNull(row?.at);
  }

  async create(session: NewSession, now: Date, transaction: Transaction): Promise<void> {
    const columns = {
      id: session.id, account_id: session.accountId, room_id: session.roomId, ...stateColumns(session.state), jitsi_room: session.jitsiRoom,
      mode: session.mode, features: JSON.stringify(session.features), chat: JSON.stringify(session.chat), stage_access_mode: session.stageAccessMode,
      locked: session.locked, created_at: now.toISOString(), updated_at: now.toISOString(),
    };
    const names = Object.keys(columns);
    await this.db.execute(`INSERT INTO meeting_sessions (${names.join(', ')}) VALUES (${names.map((n) => `:${n}`).join(', ')})`, columns, transaction);
  }

  async saveState(accountId: string, sessionId: string, state: SessionState, now: Date, transaction: Transaction): Promise<void> {
    const columns = stateColumns(state);
    await this.db.execute(
      `UPDATE meeting_sessions SET ${Object.keys(columns).map((c) => `${c} = :${c}`).join(', ')}, updated_at = :now WHERE account_id = :accountId AND id = :sessionId`,
      { ...columns, now: now.toISOString(), accountId, sessionId },
      transaction,
    );
  }

  async setLocked(accountId: string, sessionId: string, locked: boolean, now: Date, transaction: Transaction): Promise<void> {
    await this.db.execute(
      'UPDATE meeting_sessions SET locked = :locked, updated_at = :now WHERE account_id = :accountId AND id = :sessionId',
      { locked, now: now.toISOString(), accountId, sessionId },
      transaction,
    );
  }

  /**
   * Every open session with its sweep facts, in one statement: a sweep at rest reads this and
   * nothing per session. Each fact is the same condition as its per-session reading
   * (ParticipantRepository anyStale, headcount, lastHostSeenAt; hostEndedAt above).
   */
  async openWithSweepFacts(cutoff: Date): Promise<SweepFacts[]> {
    const participants = 'FROM session_participants p WHERE p.account_id = s.account_id AND p.session_id = s.id';
    const rows = await this.db.select<Record<string, unknown>>(
      `SELECT s.*,
         EXISTS (SELECT 1 ${participants} AND p.left_at IS NULL AND p.last_seen_at <= :cutoff) AS sweep_stale,
         EXISTS (SELECT 1 ${participants} AND p.left_at IS NULL AND p.last_seen_at > :cutoff AND p.admitted_at IS NOT NULL AND p.role = 'host') AS sweep_host_present,
         EXISTS (SELECT 1 ${participants} AND p.left_at IS NULL AND p.last_seen_at > :cutoff) AS sweep_anyone_present,
         (SELECT MAX(COALESCE(p.left_at, p.last_seen_at)) ${participants} AND p.role = 'host' AND p.admitted_at IS NOT NULL) AS sweep_last_host_seen_at,
         (SELECT MAX(e.ended_at) FROM meeting_sessions e WHERE e.account_id = s.account_id AND e.room_id = s.room_id AND e.end_reason = 'host-ended') AS sweep_host_ended_at
       FROM meeting_sessions s WHERE s.status <> 'ended'`,
      { cutoff: cutoff.toISOString() },
    );
    return rows.map((row) => ({
      session: toSession(row),
      stale: toBool(row.sweep_stale),
      hostPresent: toBool(row.sweep_host_present),
      anyonePresent: toBool(row.sweep_anyone_present),
      lastHostSeenAt: toDateOrNull(row.sweep_last_host_seen_at),
      hostEndedAt: toDateOrNull(row.sweep_host_ended_at),
    }));
  }

  /** Newest first, for the attendance page. */
  async ofRoom(accountId: string, roomId: string): Promise<SessionRecord[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      'SELECT * FROM meeting_sessions WHERE account_id = :accountId AND room_id = :roomId ORDER BY opened_at DESC',
      { accountId, roomId },
    );
    return rows.map(toSession);
  }
}
