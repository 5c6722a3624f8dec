import { Database } from '../database';
import { isoNow } from '../rows';

/** Who likes a room (room_likes); scoped by account. */
export class LikeRepository {
  constructor(private readonly db: Database) {}

  async summary(accountId: string, roomId: string, userId: string): Promise<{ count: number; likedByMe: boolean }> {
    const [row] = await this.db.select<{ n: number | string; mine: number | string }>(
      `SELECT COUNT(*) AS n, SUM(CASE WHEN user_id = :userId THEN 1 ELSE 0 END) AS mine FROM room_likes WHERE account_id = :accountId AND room_id = :roomId`,
      { accountId, roomId, userId },
    );
    return { count: Number(row?.n ?? 0), likedByMe: Number(row?.mine ?? 0) > 0 };
  }

  /** One like per user: liking twice changes nothing. */
  async set(accountId: string, roomId: string, userId: string, liked: boolean): Promise<void> {
    if (liked) {
      await this.db.execute(
        `INSERT INTO room_likes (room_id, user_id, account_id, created_at) VALUES (:roomId, :userId, :accountId, :now) ON CONFLICT (room_id, user_id) DO NOTHING`,
        { accountId, roomId, userId, now: isoNow() },
      );
    } else {
      await this.db.execute('DELETE FROM room_likes WHERE account_id = :accountId AND room_id = :roomId AND user_id = :userId', { accountId, roomId, userId });
    }
  }
}
