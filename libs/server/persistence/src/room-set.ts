/**
 * Which rooms a batched query is about. A list names its rooms by what selects them (a
 * channel, an editor) rather than by a literal list of ids: a thousand ids inlined into every
 * query cost SQLite and PostgreSQL more to parse than the rows cost to read.
 */
export type RoomSet =
  | { kind: 'ids'; roomIds: readonly string[] }
  | { kind: 'published-in'; channelId: string }
  | { kind: 'editable-by'; userId: string };

/** A subquery yielding the set's room ids, and its parameters (named so they cannot clash). */
export function roomSetSql(set: RoomSet): { sql: string; params: Record<string, unknown> } {
  switch (set.kind) {
    case 'ids':
      return { sql: ':setRoomIds', params: { setRoomIds: set.roomIds.length ? set.roomIds : [''] } };
    case 'published-in':
      return { sql: 'SELECT room_id FROM room_channels WHERE account_id = :accountId AND channel_id = :setChannelId', params: { setChannelId: set.channelId } };
    case 'editable-by':
      return {
        sql: `SELECT id FROM rooms WHERE account_id = :accountId AND owner_id = :setUserId
              UNION SELECT room_id FROM room_collaborators WHERE account_id = :accountId AND user_id = :setUserId AND role = 'co-editor'`,
        params: { setUserId: set.userId },
      };
  }
}
