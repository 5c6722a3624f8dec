import { Transaction } from 'sequelize';
import type { ChannelRole } from '@lti-rooms/domain';
import { Database } from '../database';
import { isoNow } from '../rows';

export interface ChannelRef { id: string; title: string }

/** Where rooms are published (room_channels) and the viewer's roles in those courses; scoped by account. */
export class PublicationRepository {
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

  /**
   * For a room link opened without a session: the room's name and the courses it is in, each
   * with the way back into the LMS its launches gave. Null for no such room or a deleted one.
   */
  async directionsTo(roomId: string): Promise<{ name: string; courses: Array<{ title: string; returnUrl: string | null }> } | null> {
    const [room] = await this.db.select<{ name: string; account_id: string }>('SELECT name, account_id FROM rooms WHERE id = :roomId AND deleted_at IS NULL', { roomId });
    if (!room) return null;
    const courses = await this.db.select<{ title: string; return_url: string | null }>(
      `SELECT c.title, c.return_url FROM room_channels rc JOIN channels c ON c.id = rc.channel_id AND c.account_id = rc.account_id
       WHERE rc.account_id = :accountId AND rc.room_id = :roomId ORDER BY c.title`,
      { accountId: room.account_id, roomId },
    );
    return { name: room.name, courses: courses.map((course) => ({ title: course.title, returnUrl: course.return_url ?? null })) };
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

  /** The courses the user manages: where they may create rooms and publish them. */
  async channelsManagedBy(accountId: string, userId: string): Promise<ChannelRef[]> {
    return this.db.select<ChannelRef>(
      `SELECT c.id, c.title FROM memberships m JOIN channels c ON c.id = m.channel_id AND c.account_id = m.account_id
       WHERE m.account_id = :accountId AND m.user_id = :userId AND m.channel_role = 'manager' ORDER BY c.title`,
      { accountId, userId },
    );
  }
}
