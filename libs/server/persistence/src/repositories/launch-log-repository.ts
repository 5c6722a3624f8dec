import { RECENT_LAUNCHES_KEPT, type LaunchMechanism } from '@lti-rooms/domain';
import { Database } from '../database';
import { isoNow, toDate } from '../rows';

export interface LaunchLogEntry {
  /** `accepted`, or the refusal's code. */
  outcome: string;
  mechanism: LaunchMechanism | 'none';
  messageType: string | null;
  channelRole: string | null;
  userName: string | null;
  deploymentId: string | null;
}

export interface LoggedLaunch extends LaunchLogEntry {
  at: Date;
}

/** The latest launches per account; each write drops what is beyond the latest RECENT_LAUNCHES_KEPT. */
export class LaunchLogRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * No transaction around the insert and the trim (statements fewer per launch): a row past the
   * latest RECENT_LAUNCHES_KEPT lives at most until the trim that follows its own insert, and
   * `recent` never shows it. PostgreSQL does both in one statement.
   */
  async record(accountId: string, entry: LaunchLogEntry): Promise<void> {
    const values = { accountId, ...entry, now: isoNow(this.clock) };
    if (this.db.dialect === 'postgres') {
      // The DELETE sees the table as it was before the INSERT: the KEPT - 1 latest of those stay, with the new one.
      await this.db.execute(
        `WITH added AS (
           INSERT INTO launch_log (account_id, outcome, mechanism, message_type, channel_role, user_name, deployment_id, created_at)
           VALUES (:accountId, :outcome, :mechanism, :messageType, :channelRole, :userName, :deploymentId, :now) RETURNING id)
         DELETE FROM launch_log WHERE account_id = :accountId
           AND id <= (SELECT id FROM launch_log WHERE account_id = :accountId ORDER BY id DESC LIMIT 1 OFFSET ${RECENT_LAUNCHES_KEPT - 1})`,
        values,
      );
      return;
    }
    await this.db.execute(
      `INSERT INTO launch_log (account_id, outcome, mechanism, message_type, channel_role, user_name, deployment_id, created_at)
       VALUES (:accountId, :outcome, :mechanism, :messageType, :channelRole, :userName, :deploymentId, :now)`,
      values,
    );
    await this.db.execute(
      `DELETE FROM launch_log WHERE account_id = :accountId
         AND id <= (SELECT id FROM launch_log WHERE account_id = :accountId ORDER BY id DESC LIMIT 1 OFFSET ${RECENT_LAUNCHES_KEPT})`,
      { accountId },
    );
  }

  async recent(accountId: string): Promise<LoggedLaunch[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `SELECT * FROM launch_log WHERE account_id = :accountId ORDER BY id DESC LIMIT ${RECENT_LAUNCHES_KEPT}`,
      { accountId },
    );
    return rows.map((row) => ({
      outcome: String(row.outcome),
      mechanism: String(row.mechanism) as LoggedLaunch['mechanism'],
      messageType: (row.message_type as string | null) ?? null,
      channelRole: (row.channel_role as string | null) ?? null,
      userName: (row.user_name as string | null) ?? null,
      deploymentId: (row.deployment_id as string | null) ?? null,
      at: toDate(row.created_at),
    }));
  }
}
