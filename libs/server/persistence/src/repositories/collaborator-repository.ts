import { randomUUID } from 'node:crypto';
import { Database } from '../database';
import { isoNow } from '../rows';

export type CollaboratorRole = 'co-editor' | 'co-publisher' | 'room-moderator';

export interface Collaborator { userId: string; name: string; role: CollaboratorRole }

/** Who works on a room besides its owner (room_collaborators), and the course members they are picked from; scoped by account. */
export class CollaboratorRepository {
  constructor(private readonly db: Database) {}

  async listFor(accountId: string, roomId: string): Promise<Collaborator[]> {
    return this.db.select<Collaborator>(
      `SELECT c.user_id AS "userId", u.name, c.role FROM room_collaborators c JOIN users u ON u.id = c.user_id
       WHERE c.account_id = :accountId AND c.room_id = :roomId ORDER BY c.role, u.name`,
      { accountId, roomId },
    );
  }

  async rolesOf(accountId: string, roomId: string, userId: string): Promise<CollaboratorRole[]> {
    const rows = await this.db.select<{ role: CollaboratorRole }>(
      'SELECT role FROM room_collaborators WHERE account_id = :accountId AND room_id = :roomId AND user_id = :userId',
      { accountId, roomId, userId },
    );
    return rows.map((row) => row.role);
  }

  async add(accountId: string, roomId: string, userId: string, role: CollaboratorRole): Promise<void> {
    await this.db.execute(
      `INSERT INTO room_collaborators (room_id, user_id, role, account_id, created_at) VALUES (:roomId, :userId, :role, :accountId, :now)
       ON CONFLICT (room_id, user_id, role) DO NOTHING`,
      { accountId, roomId, userId, role, now: isoNow() },
    );
  }

  async remove(accountId: string, roomId: string, userId: string, role: CollaboratorRole): Promise<boolean> {
    return (await this.db.execute(
      'DELETE FROM room_collaborators WHERE account_id = :accountId AND room_id = :roomId AND user_id = :userId AND role = :role',
      { accountId, roomId, userId, role },
    )) > 0;
  }

  /** Users of this account, by id, for collaborator picks that come from the roster. */
  async findUserBySub(accountId: string, ltiSub: string): Promise<{ id: string; name: string } | null> {
    const [row] = await this.db.select<{ id: string; name: string }>('SELECT id, name FROM users WHERE account_id = :accountId AND lti_sub = :ltiSub', { accountId, ltiSub });
    return row ?? null;
  }

  /** A course member known from the roster before their first launch; the launch later fills in the rest. */
  async createUserFromRoster(accountId: string, member: { ltiSub: string; name: string; email: string | null }): Promise<string> {
    const now = isoNow();
    await this.db.execute(
      `INSERT INTO users (id, account_id, lti_sub, name, email, created_at, updated_at) VALUES (:id, :accountId, :ltiSub, :name, :email, :now, :now)
       ON CONFLICT (account_id, lti_sub) DO NOTHING`,
      { id: randomUUID(), accountId, ...member, now },
    );
    return (await this.findUserBySub(accountId, member.ltiSub))!.id;
  }
}
