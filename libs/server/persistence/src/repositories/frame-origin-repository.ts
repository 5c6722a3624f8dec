import { Transaction } from 'sequelize';
import type { FrameOriginSource } from '@lti-rooms/domain';
import { Database } from '../database';
import { isoNow, toDate } from '../rows';
import type { JitsiKind } from './admin-repository';

export type StoredFrameOriginSource = Exclude<FrameOriginSource, 'registration'>;

export interface StoredFrameOrigin {
  origin: string;
  source: StoredFrameOriginSource;
  createdAt: Date;
}

/** What the Content-Security-Policy of every page is built from: the active accounts only. */
export interface ActiveEdgeSources {
  accounts: Array<{ accountId: string; authEndpoint: string; jitsi: { kind: JitsiKind; domain: string | null; sealed: boolean } | null }>;
  frameOrigins: Array<{ accountId: string; origin: string }>;
}

/** The origins an account's LMS frames the tool from, besides its login endpoint's. */
export class FrameOriginRepository {
  constructor(private readonly db: Database) {}

  async forAccount(accountId: string): Promise<StoredFrameOrigin[]> {
    const rows = await this.db.select<{ origin: string; source: StoredFrameOriginSource; created_at: unknown }>(
      'SELECT origin, source, created_at FROM frame_origins WHERE account_id = :accountId ORDER BY created_at, origin',
      { accountId },
    );
    return rows.map((row) => ({ origin: row.origin, source: row.source, createdAt: toDate(row.created_at) }));
  }

  /**
   * Adds an origin unless the account has it already or holds `max` of the same kind
   * ('launch' versus added by a person); concurrent adds of one origin make one row.
   */
  async add(accountId: string, origin: string, source: StoredFrameOriginSource, max: number, transaction?: Transaction): Promise<'added' | 'exists' | 'full'> {
    const [existing] = await this.db.select('SELECT 1 AS found FROM frame_origins WHERE account_id = :accountId AND origin = :origin', { accountId, origin }, transaction);
    if (existing) return 'exists';
    const learned = source === 'launch';
    const [count] = await this.db.select<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM frame_origins WHERE account_id = :accountId AND ${learned ? "source = 'launch'" : "source <> 'launch'"}`,
      { accountId },
      transaction,
    );
    if (Number(count.n) >= max) return 'full';
    const changed = await this.db.execute(
      `INSERT INTO frame_origins (account_id, origin, source, created_at) VALUES (:accountId, :origin, :source, :now)
       ON CONFLICT (account_id, origin) DO NOTHING`,
      { accountId, origin, source, now: isoNow() },
      transaction,
    );
    return changed === 1 ? 'added' : 'exists';
  }

  async remove(accountId: string, origin: string, transaction?: Transaction): Promise<boolean> {
    const changed = await this.db.execute('DELETE FROM frame_origins WHERE account_id = :accountId AND origin = :origin', { accountId, origin }, transaction);
    return changed > 0;
  }

  /** Login endpoints, stored origins and Jitsi deployments of every active account, in three small queries. */
  async activeSources(): Promise<ActiveEdgeSources> {
    const accounts = await this.db.select<Record<string, unknown>>(
      `SELECT a.id, a.auth_endpoint, j.kind, j.domain, CASE WHEN j.secret_ciphertext IS NULL THEN 0 ELSE 1 END AS sealed
       FROM accounts a LEFT JOIN jitsi_deployments j ON j.account_id = a.id WHERE a.active = :active`,
      { active: true },
    );
    const origins = await this.db.select<{ account_id: string; origin: string }>(
      'SELECT f.account_id, f.origin FROM frame_origins f JOIN accounts a ON a.id = f.account_id WHERE a.active = :active',
      { active: true },
    );
    return {
      accounts: accounts.map((row) => ({
        accountId: String(row.id),
        authEndpoint: String(row.auth_endpoint),
        jitsi: row.kind
          ? { kind: row.kind as JitsiKind, domain: row.domain as string | null, sealed: Number(row.sealed) === 1 }
          : null,
      })),
      frameOrigins: origins.map((row) => ({ accountId: row.account_id, origin: row.origin })),
    };
  }
}

