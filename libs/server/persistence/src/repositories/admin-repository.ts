import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import type { ChannelRole, JitsiDeploymentKind, RoleMappingOverrides } from '@lti-rooms/domain';
import { Database } from '../database';
import { isoNow, jsonColumn, storedShapes, toDate } from '../rows';

export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorName: string;
  action: string;
  target: string | null;
  changes: Record<string, unknown>;
  createdAt: Date;
}

/** The deployment kinds (rule: libs/domain jitsi-credentials). */
export type JitsiKind = JitsiDeploymentKind;
export interface StoredJitsiDeployment {
  kind: JitsiKind;
  domain: string | null;
  appId: string | null;
  keyId: string | null;
  secretCiphertext: string | null;
}

/** What administrators change: role mapping overrides, the Jitsi deployment, and the audit of every change. */
export class AdminRepository {
  constructor(private readonly db: Database) {}

  async roleMappings(accountId: string): Promise<RoleMappingOverrides> {
    const rows = await this.db.select<{ lti_role: string; channel_role: ChannelRole }>(
      'SELECT lti_role, channel_role FROM role_mappings WHERE account_id = :accountId ORDER BY lti_role',
      { accountId },
    );
    return Object.fromEntries(rows.map((row) => [row.lti_role, row.channel_role]));
  }

  async replaceRoleMappings(accountId: string, overrides: RoleMappingOverrides, transaction: Transaction): Promise<void> {
    await this.db.execute('DELETE FROM role_mappings WHERE account_id = :accountId', { accountId }, transaction);
    for (const [ltiRole, channelRole] of Object.entries(overrides)) {
      await this.db.execute(
        'INSERT INTO role_mappings (account_id, lti_role, channel_role, created_at) VALUES (:accountId, :ltiRole, :channelRole, :now)',
        { accountId, ltiRole, channelRole, now: isoNow() },
        transaction,
      );
    }
  }

  async jitsiDeployment(accountId: string): Promise<StoredJitsiDeployment | null> {
    const [row] = await this.db.select<Record<string, string | null>>('SELECT * FROM jitsi_deployments WHERE account_id = :accountId', { accountId });
    if (!row) return null;
    return { kind: row.kind as JitsiKind, domain: row.domain, appId: row.app_id, keyId: row.key_id, secretCiphertext: row.secret_ciphertext };
  }

  async saveJitsiDeployment(accountId: string, deployment: StoredJitsiDeployment, transaction: Transaction): Promise<void> {
    await this.db.execute(
      `INSERT INTO jitsi_deployments (account_id, kind, domain, app_id, key_id, secret_ciphertext, updated_at)
       VALUES (:accountId, :kind, :domain, :appId, :keyId, :secretCiphertext, :now)
       ON CONFLICT (account_id) DO UPDATE SET kind = excluded.kind, domain = excluded.domain, app_id = excluded.app_id,
         key_id = excluded.key_id, secret_ciphertext = excluded.secret_ciphertext, updated_at = excluded.updated_at`,
      { accountId, ...deployment, now: isoNow() },
      transaction,
    );
  }

  async audit(accountId: string, entry: Omit<AuditEntry, 'id' | 'createdAt'>, transaction?: Transaction): Promise<void> {
    await this.db.execute(
      `INSERT INTO audit_log (id, account_id, actor_id, actor_name, action, target, changes, created_at)
       VALUES (:id, :accountId, :actorId, :actorName, :action, :target, :changes, :now)`,
      { id: randomUUID(), accountId, ...entry, changes: JSON.stringify(entry.changes), now: isoNow() },
      transaction,
    );
  }

  async auditLog(accountId: string, limit = 200): Promise<AuditEntry[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `SELECT * FROM audit_log WHERE account_id = :accountId ORDER BY created_at DESC LIMIT ${Math.max(1, Math.min(limit, 1000))}`,
      { accountId },
    );
    return rows.map((row) => ({
      id: String(row.id),
      actorId: (row.actor_id as string | null) ?? null,
      actorName: String(row.actor_name),
      action: String(row.action),
      target: (row.target as string | null) ?? null,
      changes: jsonColumn(row.changes, storedShapes.record, `audit_log.changes of ${String(row.id)}`),
      createdAt: toDate(row.created_at),
    }));
  }
}
