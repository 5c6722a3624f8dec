import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import type { ChannelRole } from '@lti-rooms/domain';
import { Database } from '../database';
import { isoNow } from '../rows';

export type CollaboratorRole = 'co-editor' | 'co-publisher' | 'room-moderator';

export interface Collaborator { userId: string; name: string; role: CollaboratorRole }
export interface ChannelRef { id: string; title: string }

/** Who works on a room, where it is published, and who likes it; all scoped by account. */
export class RoomRelationsRepository {
  constructor(private readonly db: Database) {}

  async publish(accountId: string, roomId: string, channelId: string, userId: string, transaction?: Transaction): Promise<void> {
    await this.db.execute(
      `INSERT INTO room_channels (room_id, channel_id, account_id, published_by, created_at) VALUES (:roomId, :channelId, :accountId, :userId, :now)
       ON CONFLICT (room_id, channel_id) DO NOTHING`,
      { accountId, roomId, channelId, userId, now: isoNow() },
      transaction,
    );
  }

  async unpublish(accountId: string, roomId: string, channelId: string): Promise<boolean> {
    return (await this.db.execute('DELETE FROM room_channels WHERE account_id = :accountId AND room_id = :roomId AND channel_id = :channelId', { accountId, roomId, channelId })) > 0;
  }

  async isPublishedIn(accountId: string, roomId: string, channelId: string): Promise<boolean> {
    const rows = await this.db.select(
      'SELECT 1 AS yes FROM room_channels WHERE account_id = :accountId AND room_id = :roomId AND channel_id = :channelId',
      { accountId, roomId, channelId },
    );
    return rows.length > 0;
  }

  async channelsOf(accountId: string, roomId: string): Promise<ChannelRef[]> {
    return this.db.select<ChannelRef>(
      `SELECT c.id, c.title FROM room_channels rc JOIN channels c ON c.id = rc.channel_id AND c.account_id = rc.account_id
       WHERE rc.account_id = :accountId AND rc.room_id = :roomId ORDER BY c.title`,
      { accountId, roomId },
    );
  }

  /** The user's highest role in the channels the room is published in; null when in none of them. */
  async channelRoleFor(accountId: string, roomId: string, userId: string): Promise<ChannelRole | null> {
    const rows = await this.db.select<{ channel_role: ChannelRole }>(
      `SELECT m.channel_role FROM room_channels rc JOIN memberships m ON m.channel_id = rc.channel_id AND m.account_id = rc.account_id
       WHERE rc.account_id = :accountId AND rc.room_id = :roomId AND m.user_id = :userId`,
      { accountId, roomId, userId },
    );
    const roles = rows.map((row) => row.channel_role);
    return roles.includes('manager') ? 'manager' : roles.includes('moderator') ? 'moderator' : roles.includes('participant') ? 'participant' : null;
  }

  async channelRoleIn(accountId: string, channelId: string, userId: string): Promise<ChannelRole | null> {
    const [row] = await this.db.select<{ channel_role: ChannelRole }>(
      'SELECT channel_role FROM memberships WHERE account_id = :accountId AND channel_id = :channelId AND user_id = :userId',
      { accountId, channelId, userId },
    );
    return row?.channel_role ?? null;
  }

  /** Channels where the user is manager, marking those the room is published in. */
  async managedChannels(accountId: string, userId: string, roomId: string): Promise<Array<ChannelRef & { published: boolean }>> {
    const rows = await this.db.select<{ id: string; title: string; published: number | string | null }>(
      `SELECT c.id, c.title, (SELECT COUNT(*) FROM room_channels rc WHERE rc.room_id = :roomId AND rc.channel_id = c.id) AS published
       FROM memberships m JOIN channels c ON c.id = m.channel_id AND c.account_id = m.account_id
       WHERE m.account_id = :accountId AND m.user_id = :userId AND m.channel_role = 'manager' ORDER BY c.title`,
      { accountId, userId, roomId },
    );
    return rows.map((row) => ({ id: row.id, title: row.title, published: Number(row.published) > 0 }));
  }

  /** Rooms may be created outside a course (My Rooms) by anyone who manages some course. */
  async managesAnyChannel(accountId: string, userId: string): Promise<boolean> {
    const rows = await this.db.select(
      "SELECT 1 AS yes FROM memberships WHERE account_id = :accountId AND user_id = :userId AND channel_role = 'manager' LIMIT 1",
      { accountId, userId },
    );
    return rows.length > 0;
  }

  async collaborators(accountId: string, roomId: string): Promise<Collaborator[]> {
    return this.db.select<Collaborator>(
      `SELECT c.user_id AS "userId", u.name, c.role FROM room_collaborators c JOIN users u ON u.id = c.user_id
       WHERE c.account_id = :accountId AND c.room_id = :roomId ORDER BY c.role, u.name`,
      { accountId, roomId },
    );
  }

  async collaboratorRolesOf(accountId: string, roomId: string, userId: string): Promise<CollaboratorRole[]> {
    const rows = await this.db.select<{ role: CollaboratorRole }>(
      'SELECT role FROM room_collaborators WHERE account_id = :accountId AND room_id = :roomId AND user_id = :userId',
      { accountId, roomId, userId },
    );
    return rows.map((row) => row.role);
  }

  async addCollaborator(accountId: string, roomId: string, userId: string, role: CollaboratorRole): Promise<void> {
    await this.db.execute(
      `INSERT INTO room_collaborators (room_id, user_id, role, account_id, created_at) VALUES (:roomId, :userId, :role, :accountId, :now)
       ON CONFLICT (room_id, user_id, role) DO NOTHING`,
      { accountId, roomId, userId, role, now: isoNow() },
    );
  }

  async removeCollaborator(accountId: string, roomId: string, userId: string, role: CollaboratorRole): Promise<boolean> {
    return (await this.db.execute(
      'DELETE FROM room_collaborators WHERE account_id = :accountId AND room_id = :roomId AND user_id = :userId AND role = :role',
      { accountId, roomId, userId, role },
    )) > 0;
  }

  async likes(accountId: string, roomId: string, userId: string): Promise<{ count: number; likedByMe: boolean }> {
    const [row] = await this.db.select<{ n: number | string; mine: number | string }>(
      `SELECT COUNT(*) AS n, SUM(CASE WHEN user_id = :userId THEN 1 ELSE 0 END) AS mine FROM room_likes WHERE account_id = :accountId AND room_id = :roomId`,
      { accountId, roomId, userId },
    );
    return { count: Number(row?.n ?? 0), likedByMe: Number(row?.mine ?? 0) > 0 };
  }

  /** One like per user: liking twice changes nothing. */
  async setLike(accountId: string, roomId: string, userId: string, liked: boolean): Promise<void> {
    if (liked) {
      await this.db.execute(
        `INSERT INTO room_likes (room_id, user_id, account_id, created_at) VALUES (:roomId, :userId, :accountId, :now) ON CONFLICT (room_id, user_id) DO NOTHING`,
        { accountId, roomId, userId, now: isoNow() },
      );
    } else {
      await this.db.execute('DELETE FROM room_likes WHERE account_id = :accountId AND room_id = :roomId AND user_id = :userId', { accountId, roomId, userId });
    }
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
