import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import { Database } from '../database';
import { isoNow, jsonColumn, storedShapes, toBool, toDate, toDateOrNull } from '../rows';

export type RegistrationMethod = 'dynamic' | 'manual';

export interface Account {
  id: string;
  issuer: string;
  clientId: string;
  name: string;
  active: boolean;
  registrationMethod: RegistrationMethod;
  authEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
  ltiPlatformKid: string;
  deploymentIds: string[];
  /** When the registration started waiting for approval; null once approved or when added by an operator. */
  pendingSince: Date | null;
  createdAt: Date;
}

export type NewAccount = Omit<Account, 'id' | 'createdAt' | 'pendingSince'> & { pendingSince?: Date | null };

interface AccountRecord {
  id: string;
  issuer: string;
  client_id: string;
  name: string;
  active: unknown;
  registration_method: RegistrationMethod;
  auth_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  lti_platform_kid: string;
  pending_since: unknown;
  created_at: unknown;
}

/** Registered platforms. The one table that is not scoped by account: it defines them. */
export class AccountRepository {
  constructor(private readonly db: Database) {}

  async findByIssuerAndClient(issuer: string, clientId: string): Promise<Account | null> {
    return this.findOne('issuer = :issuer AND client_id = :clientId', { issuer, clientId });
  }

  async findById(id: string): Promise<Account | null> {
    return this.findOne('id = :id', { id });
  }

  async list(): Promise<Account[]> {
    const records = await this.db.select<AccountRecord>('SELECT * FROM accounts ORDER BY created_at, issuer');
    return Promise.all(records.map((record) => this.withDeployments(record)));
  }

  async listByIssuer(issuer: string): Promise<Account[]> {
    const records = await this.db.select<AccountRecord>('SELECT * FROM accounts WHERE issuer = :issuer ORDER BY created_at, id', { issuer });
    return Promise.all(records.map((record) => this.withDeployments(record)));
  }

  /** Registrations waiting for approval, of one issuer or in all. */
  async countPending(issuer?: string): Promise<number> {
    const [row] = await this.db.select<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM accounts WHERE pending_since IS NOT NULL${issuer === undefined ? '' : ' AND issuer = :issuer'}`,
      { issuer },
    );
    return Number(row.n);
  }

  async listPendingSince(before: Date): Promise<Account[]> {
    const records = await this.db.select<AccountRecord>('SELECT * FROM accounts WHERE pending_since < :before ORDER BY pending_since', { before: before.toISOString() });
    return Promise.all(records.map((record) => this.withDeployments(record)));
  }

  async create(account: NewAccount, transaction?: Transaction): Promise<Account> {
    const id = randomUUID();
    const now = isoNow();
    await this.db.execute(
      `INSERT INTO accounts (id, issuer, client_id, name, active, registration_method, auth_endpoint, token_endpoint,
         jwks_uri, lti_platform_kid, pending_since, created_at, updated_at)
       VALUES (:id, :issuer, :clientId, :name, :active, :registrationMethod, :authEndpoint, :tokenEndpoint,
         :jwksUri, :ltiPlatformKid, :pendingSince, :now, :now)`,
      { ...account, pendingSince: account.pendingSince?.toISOString() ?? null, id, now },
      transaction,
    );
    for (const deploymentId of account.deploymentIds) await this.addDeployment(id, deploymentId, transaction);
    return { ...account, pendingSince: account.pendingSince ?? null, id, createdAt: new Date(now) };
  }

  /** Idempotent: a platform may announce the same deployment twice. */
  async addDeployment(accountId: string, deploymentId: string, transaction?: Transaction): Promise<void> {
    await this.db.execute(
      `INSERT INTO deployments (account_id, deployment_id, created_at) VALUES (:accountId, :deploymentId, :now)
       ON CONFLICT (account_id, deployment_id) DO NOTHING`,
      { accountId, deploymentId, now: isoNow() },
      transaction,
    );
  }

  /** An operator's decision: activating also approves a pending registration. */
  async setActive(id: string, active: boolean): Promise<boolean> {
    const changed = await this.db.execute(
      `UPDATE accounts SET active = :active, pending_since = CASE WHEN :active THEN NULL ELSE pending_since END, updated_at = :now WHERE id = :id`,
      { id, active, now: isoNow() },
    );
    return changed > 0;
  }

  /** Approves a registration still pending for `issuer`; false when it is not (approved, swept or another issuer's). */
  async approvePending(id: string, issuer: string): Promise<boolean> {
    const changed = await this.db.execute(
      'UPDATE accounts SET active = :active, pending_since = NULL, updated_at = :now WHERE id = :id AND issuer = :issuer AND pending_since IS NOT NULL',
      { id, issuer, active: true, now: isoNow() },
    );
    return changed === 1;
  }

  /**
   * Activates a new registration unless another account of its issuer exists. One statement,
   * so two registrations of a new issuer racing each other never both become active.
   */
  async activateIfOnlyOneOfIssuer(id: string, issuer: string): Promise<boolean> {
    const changed = await this.db.execute(
      `UPDATE accounts SET active = :active, pending_since = NULL, updated_at = :now
       WHERE id = :id AND NOT EXISTS (SELECT 1 FROM accounts other WHERE other.issuer = :issuer AND other.id <> :id)`,
      { id, issuer, active: true, now: isoNow() },
    );
    return changed === 1;
  }

  /**
   * Deletes a registration that is still pending since before `before`, with its
   * deployments; false when it was approved (or removed) meanwhile. Safe on every process:
   * the row is locked (PostgreSQL) or the write lock held (SQLite) while it is checked.
   */
  async removeIfPendingSince(id: string, before: Date): Promise<boolean> {
    return this.db.transaction(async (transaction) => {
      const lock = this.db.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const still = await this.db.select(`SELECT id FROM accounts WHERE id = :id AND pending_since < :before${lock}`, { id, before: before.toISOString() }, transaction);
      if (still.length === 0) return false;
      await this.db.execute('DELETE FROM deployments WHERE account_id = :id', { id }, transaction);
      return (await this.db.execute('DELETE FROM accounts WHERE id = :id', { id }, transaction)) === 1;
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction(async (transaction) => {
      // SQLite enforces foreign keys only per connection; delete children explicitly on every dialect.
      for (const table of ['audit_log', 'role_mappings', 'jitsi_deployments', 'room_likes', 'room_collaborators', 'room_channels', 'rooms', 'room_templates', 'account_settings', 'launches', 'lti_nonces', 'lti_login_states', 'memberships', 'channels', 'users', 'deployments']) {
        await this.db.execute(`DELETE FROM ${table} WHERE account_id = :id`, { id }, transaction);
      }
      return (await this.db.execute('DELETE FROM accounts WHERE id = :id', { id }, transaction)) > 0;
    });
  }

  /**
   * One statement, deployments included: logins and launches look their account up each time,
   * and a second round trip per lookup was a tenth of a launch's statements.
   */
  private async findOne(where: string, replacements: Record<string, unknown>): Promise<Account | null> {
    const deployments = this.db.dialect === 'postgres'
      ? "(SELECT COALESCE(json_agg(d.deployment_id ORDER BY d.created_at), '[]'::json) FROM deployments d WHERE d.account_id = accounts.id)"
      : '(SELECT json_group_array(deployment_id) FROM (SELECT d.deployment_id FROM deployments d WHERE d.account_id = accounts.id ORDER BY d.created_at))';
    const [record] = await this.db.select<AccountRecord & { deployment_ids: unknown }>(`SELECT accounts.*, ${deployments} AS deployment_ids FROM accounts WHERE ${where}`, replacements);
    if (!record) return null;
    const { deployment_ids: ids, ...account } = record;
    return accountOf(account, jsonColumn(ids, storedShapes.strings, `deployments of ${record.id}`, []));
  }

  private async withDeployments(record: AccountRecord): Promise<Account> {
    const deployments = await this.db.select<{ deployment_id: string }>(
      'SELECT deployment_id FROM deployments WHERE account_id = :id ORDER BY created_at',
      { id: record.id },
    );
    return accountOf(record, deployments.map((d) => d.deployment_id));
  }
}

function accountOf(record: AccountRecord, deploymentIds: string[]): Account {
  return {
    id: record.id,
    issuer: record.issuer,
    clientId: record.client_id,
    name: record.name,
    active: toBool(record.active),
    registrationMethod: record.registration_method,
    authEndpoint: record.auth_endpoint,
    tokenEndpoint: record.token_endpoint,
    jwksUri: record.jwks_uri,
    ltiPlatformKid: record.lti_platform_kid,
    deploymentIds,
    pendingSince: toDateOrNull(record.pending_since),
    createdAt: toDate(record.created_at),
  };
}
