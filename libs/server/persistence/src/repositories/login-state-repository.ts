import { Transaction } from 'sequelize';
import { Database } from '../database';
import { isoNow, jsonColumn, storedShapes, toBool, toDate, toDateOrNull } from '../rows';

export interface LoginState {
  state: string;
  nonce: string;
  accountId: string;
  loginParams: Record<string, string>;
  consumedAt: Date | null;
  createdAt: Date;
}

export interface FoundLoginState extends LoginState {
  /** Whether the account had accepted this login's nonce when the login was read. */
  nonceUsed: boolean;
}

/** The OIDC logins the tool started, and the id_token nonces it has accepted. */
export class LoginStateRepository {
  /** `clock` dates the rows, so pruning by the same clock is consistent (tests move it). */
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(state: Omit<LoginState, 'consumedAt' | 'createdAt'>): Promise<void> {
    await this.db.execute(
      'INSERT INTO lti_login_states (state, nonce, account_id, login_params, created_at) VALUES (:state, :nonce, :accountId, :loginParams, :now)',
      { ...state, loginParams: JSON.stringify(state.loginParams), now: isoNow(this.clock) },
    );
  }

  /** With, in the same statement, whether the login's own nonce was accepted before (what a launch checks next). */
  async find(state: string): Promise<FoundLoginState | null> {
    const [row] = await this.db.select<Record<string, unknown>>(
      `SELECT s.*, EXISTS (SELECT 1 FROM lti_nonces n WHERE n.account_id = s.account_id AND n.nonce = s.nonce) AS nonce_used
       FROM lti_login_states s WHERE s.state = :state`,
      { state },
    );
    if (!row) return null;
    return {
      nonceUsed: toBool(row.nonce_used),
      state: String(row.state),
      nonce: String(row.nonce),
      accountId: String(row.account_id),
      loginParams: jsonColumn(row.login_params, storedShapes.stringRecord, 'login_states.login_params', {}),
      consumedAt: toDateOrNull(row.consumed_at),
      createdAt: toDate(row.created_at),
    };
  }

  async isNonceUsed(accountId: string, nonce: string): Promise<boolean> {
    const rows = await this.db.select('SELECT 1 AS used FROM lti_nonces WHERE account_id = :accountId AND nonce = :nonce', { accountId, nonce });
    return rows.length > 0;
  }

  /** Marks the login used; false when another request consumed it first. */
  async consume(state: string, transaction: Transaction): Promise<boolean> {
    const changed = await this.db.execute(
      'UPDATE lti_login_states SET consumed_at = :now WHERE state = :state AND consumed_at IS NULL',
      { state, now: isoNow() },
      transaction,
    );
    return changed === 1;
  }

  /** Records an accepted nonce; false when it was accepted before (a replay). */
  async recordNonce(accountId: string, nonce: string, transaction: Transaction): Promise<boolean> {
    const changed = await this.db.execute(
      `INSERT INTO lti_nonces (account_id, nonce, created_at) VALUES (:accountId, :nonce, :now)
       ON CONFLICT (account_id, nonce) DO NOTHING`,
      { accountId, nonce, now: isoNow(this.clock) },
      transaction,
    );
    return changed === 1;
  }

  /** Old logins and nonces are useless once id_tokens of that age are refused anyway. */
  async prune(olderThan: Date): Promise<{ loginStates: number; nonces: number }> {
    const cutoff = olderThan.toISOString();
    const loginStates = await this.db.execute('DELETE FROM lti_login_states WHERE created_at < :cutoff', { cutoff });
    const nonces = await this.db.execute('DELETE FROM lti_nonces WHERE created_at < :cutoff', { cutoff });
    return { loginStates, nonces };
  }
}
