import type { ChannelRole } from '@lti-rooms/domain';
import { Database } from '../database';
import { RoomSet, roomSetSql } from '../room-set';
import type { CollaboratorRole } from './collaborator-repository';
import type { ChannelRef } from './publication-repository';

/** What one user's view of one room needs besides the room row: their roles, its channels, its likes. */
export interface RoomFacts {
  collaboratorRoles: CollaboratorRole[];
  /** The user's highest role in a channel the room is published in; null when in none. */
  channelRole: ChannelRole | null;
  channels: ChannelRef[];
  likes: { count: number; likedByMe: boolean };
}

const RANK: Record<ChannelRole, number> = { manager: 3, moderator: 2, participant: 1 };

/**
 * The per-room facts of a whole list in four queries, whatever the number of rooms (a
 * channel page of 1,000 rooms costs what a page of one does).
 */
export class RoomFactsRepository {
  constructor(private readonly db: Database) {}

  /**
   * `within`: the set the rooms were listed from, queried instead of the ids; `policyOnly`: the
   * roles alone (two queries), for lists that show neither channels nor likes.
   */
  async forRooms(accountId: string, roomIds: readonly string[], userId: string, { policyOnly = false, within }: { policyOnly?: boolean; within?: RoomSet } = {}): Promise<Map<string, RoomFacts>> {
    const facts = new Map<string, RoomFacts>(
      roomIds.map((id) => [id, { collaboratorRoles: [], channelRole: null, channels: [], likes: { count: 0, likedByMe: false } }]),
    );
    if (roomIds.length === 0) return facts;
    const set = roomSetSql(within ?? { kind: 'ids', roomIds: [...new Set(roomIds)] });
    const params = { accountId, userId, ...set.params };
    const [roles, memberships, channels, likes] = await Promise.all([
      this.db.select<{ room_id: string; role: CollaboratorRole }>(
        `SELECT room_id, role FROM room_collaborators WHERE account_id = :accountId AND room_id IN (${set.sql}) AND user_id = :userId`,
        params,
      ),
      this.db.select<{ room_id: string; channel_role: ChannelRole }>(
        `SELECT rc.room_id, m.channel_role FROM room_channels rc JOIN memberships m ON m.channel_id = rc.channel_id AND m.account_id = rc.account_id
         WHERE rc.account_id = :accountId AND rc.room_id IN (${set.sql}) AND m.user_id = :userId`,
        params,
      ),
      policyOnly ? [] : this.db.select<{ room_id: string; id: string; title: string }>(
        `SELECT rc.room_id, c.id, c.title FROM room_channels rc JOIN channels c ON c.id = rc.channel_id AND c.account_id = rc.account_id
         WHERE rc.account_id = :accountId AND rc.room_id IN (${set.sql}) ORDER BY c.title`,
        params,
      ),
      policyOnly ? [] : this.db.select<{ room_id: string; n: number | string; mine: number | string }>(
        `SELECT room_id, COUNT(*) AS n, SUM(CASE WHEN user_id = :userId THEN 1 ELSE 0 END) AS mine FROM room_likes
         WHERE account_id = :accountId AND room_id IN (${set.sql}) GROUP BY room_id`,
        params,
      ),
    ]);
    const blank = (): RoomFacts => ({ collaboratorRoles: [], channelRole: null, channels: [], likes: { count: 0, likedByMe: false } });
    // A set may hold rooms the list left out (deleted ones): their facts are gathered and dropped.
    const of = (roomId: string) => facts.get(roomId) ?? blank();
    for (const row of roles) of(row.room_id).collaboratorRoles.push(row.role);
    for (const row of memberships) {
      const current = of(row.room_id).channelRole;
      if (current === null || RANK[row.channel_role] > RANK[current]) of(row.room_id).channelRole = row.channel_role;
    }
    for (const row of channels) of(row.room_id).channels.push({ id: row.id, title: row.title });
    for (const row of likes) of(row.room_id).likes = { count: Number(row.n), likedByMe: Number(row.mine) > 0 };
    return facts;
  }
}
