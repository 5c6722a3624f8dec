import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import type { InvitationOutcome, SessionRole, StageAccessMode, StagePosition } from '@lti-rooms/domain';
import { Database } from '../database';
import { toDate } from '../rows';

/** One person's stage entry as stored, with the names the panel shows. */
export interface StageRow {
  participantId: string;
  userId: string;
  name: string;
  role: SessionRole;
  promotedFrom: Exclude<SessionRole, 'host'> | null;
  position: StagePosition;
  since: Date;
  invitedBy: string | null;
  invitedByName: string | null;
  invitationOutcome: InvitationOutcome | null;
  jitsiParticipantId: string | null;
}

export interface StoredStage {
  accessMode: StageAccessMode;
  version: number;
  rows: StageRow[];
}

/** What a stage change writes back for one person. */
export interface StageRowChange {
  userId: string;
  role: SessionRole;
  promotedFrom: StageRow['promotedFrom'];
  position: StagePosition;
  since: Date;
  invitedBy: string | null;
  invitationOutcome: InvitationOutcome | null;
}

const orNone = (ids: string[]) => (ids.length > 0 ? ids : ['']);

/** A panel session's stage: who is inside and where they stand; changed only under the room's lock. */
export class StageRepository {
  constructor(private readonly db: Database) {}

  /**
   * Everyone admitted and present (heartbeat newer than `cutoff`): the stage holds no one
   * else. `alsoUserIds` are loaded even if their heartbeat stopped (people leaving now).
   * With `onlyActive`, plain viewers are left out unless named in it: hosts, everyone not a
   * viewer, and the named people are all a change to the stage reads (the domain's rules look
   * at no other viewer), so a transition in a class of 300 reads a handful of rows, not 300.
   */
  async load(
    accountId: string, sessionId: string, cutoff: Date, transaction?: Transaction, alsoUserIds: string[] = [], onlyActive?: { named: string[] },
  ): Promise<StoredStage | null> {
    const [session] = await this.db.select<{ stage_access_mode: StageAccessMode | null; stage_version: number | string }>(
      'SELECT stage_access_mode, stage_version FROM meeting_sessions WHERE account_id = :accountId AND id = :sessionId',
      { accountId, sessionId },
      transaction,
    );
    if (!session?.stage_access_mode) return null;
    // Users are joined by primary key alone (p.account_id already names the account): with the
    // account in the join, PostgreSQL without table statistics picked the (account, sub) index
    // and joined quadratically, 30 ms for a class of 300.
    const rows = await this.db.select<Record<string, unknown>>(
      `SELECT p.id, p.user_id, u.name, p.role, p.promoted_from, p.stage_position, COALESCE(p.stage_since, p.admitted_at) AS since, p.invited_by,
              i.name AS invited_by_name, p.invitation_outcome, p.jitsi_participant_id
       FROM session_participants p
       JOIN users u ON u.id = p.user_id
       LEFT JOIN users i ON i.id = p.invited_by
       WHERE p.account_id = :accountId AND p.session_id = :sessionId AND p.admitted_at IS NOT NULL AND p.left_at IS NULL
         AND (p.last_seen_at > :cutoff OR p.user_id IN (:also))
         ${onlyActive ? "AND (p.stage_position <> 'viewer' OR p.role = 'host' OR p.user_id IN (:named))" : ''}
       ORDER BY p.admitted_at, p.id`,
      // IN () is not SQL: an id no row has stands for the empty list.
      { accountId, sessionId, cutoff: cutoff.toISOString(), also: orNone(alsoUserIds), ...(onlyActive ? { named: orNone(onlyActive.named) } : {}) },
      transaction,
    );
    return {
      accessMode: session.stage_access_mode,
      version: Number(session.stage_version),
      rows: rows.map((row) => ({
        participantId: String(row.id),
        userId: String(row.user_id),
        name: String(row.name),
        role: row.role as SessionRole,
        promotedFrom: (row.promoted_from as StageRow['promotedFrom']) ?? null,
        position: row.stage_position as StagePosition,
        since: toDate(row.since),
        invitedBy: (row.invited_by as string | null) ?? null,
        invitedByName: (row.invited_by_name as string | null) ?? null,
        invitationOutcome: (row.invitation_outcome as InvitationOutcome | null) ?? null,
        jitsiParticipantId: (row.jitsi_participant_id as string | null) ?? null,
      })),
    };
  }

  /** Writes what changed and counts the change: the new version. */
  /** Writes the changed entries, and the session's access mode and version unless `sessionUnchanged` says they stand as stored. */
  async save(
    accountId: string, sessionId: string, accessMode: StageAccessMode, version: number, changes: StageRowChange[], transaction: Transaction, sessionUnchanged = false,
  ): Promise<void> {
    for (const change of changes) {
      await this.db.execute(
        `UPDATE session_participants SET role = :role, promoted_from = :promotedFrom, stage_position = :position, stage_since = :since,
           invited_by = :invitedBy, invitation_outcome = :invitationOutcome
         WHERE account_id = :accountId AND session_id = :sessionId AND user_id = :userId`,
        { ...change, since: change.since.toISOString(), accountId, sessionId },
        transaction,
      );
    }
    if (sessionUnchanged) return;
    await this.db.execute(
      'UPDATE meeting_sessions SET stage_access_mode = :accessMode, stage_version = :version WHERE account_id = :accountId AND id = :sessionId',
      { accessMode, version, accountId, sessionId },
      transaction,
    );
  }

  /** Each step onto or off the stage, as an attendance event of the person's participant row. */
  async recordStageMoves(accountId: string, sessionId: string, moves: Array<{ userId: string; onStage: boolean; at: Date }>, transaction: Transaction): Promise<void> {
    for (const move of moves) {
      await this.db.execute(
        `INSERT INTO attendance_events (id, account_id, session_id, participant_id, user_id, type, at)
         SELECT :id, account_id, session_id, id, user_id, :type, :at FROM session_participants WHERE account_id = :accountId AND session_id = :sessionId AND user_id = :userId`,
        { id: randomUUID(), accountId, sessionId, userId: move.userId, type: move.onStage ? 'stage_on' : 'stage_off', at: move.at.toISOString() }, transaction,
      );
    }
  }

  async setJitsiParticipant(accountId: string, sessionId: string, userId: string, jitsiParticipantId: string, transaction: Transaction): Promise<void> {
    await this.db.execute(
      'UPDATE session_participants SET jitsi_participant_id = :jitsiParticipantId WHERE account_id = :accountId AND session_id = :sessionId AND user_id = :userId',
      { accountId, sessionId, userId, jitsiParticipantId },
      transaction,
    );
  }
}
