import { Transaction } from 'sequelize';
import { Database } from '../database';
import { isoNow, jsonColumn, storedShapes, toDate, toDateOrNull } from '../rows';

export type StoredAvailability = { kind: 'always' } | { kind: 'scheduled'; start: Date; end: Date };
export interface StoredChat { groupChat: boolean; privateChat: boolean; polls: boolean; reactions: boolean }

export interface RoomRecord {
  id: string;
  accountId: string;
  ownerId: string;
  ownerName: string;
  name: string;
  description: string;
  tags: string[];
  mode: 'interactive' | 'panel';
  templateId: string | null;
  availability: StoredAvailability;
  earlyEntryMinutes: number;
  chat: StoredChat;
  deletedAt: Date | null;
  createdAt: Date;
}

export type NewRoom = Omit<RoomRecord, 'ownerName' | 'deletedAt' | 'createdAt'>;
export type RoomChanges = Partial<Pick<RoomRecord, 'name' | 'description' | 'tags' | 'mode' | 'templateId' | 'availability' | 'earlyEntryMinutes' | 'chat'>>;

const SELECT_ROOM = `SELECT r.*, u.name AS owner_name FROM rooms r JOIN users u ON u.id = r.owner_id`;

/** A room as the lists need it: no description, tags, chat or owner name to read, parse and drop for a thousand rows. */
export type RoomListRecord = Pick<RoomRecord, 'id' | 'ownerId' | 'name' | 'mode' | 'templateId' | 'availability' | 'earlyEntryMinutes' | 'deletedAt'>;

const SELECT_LIST_ROOM = `SELECT r.id, r.owner_id, r.name, r.mode, r.template_id, r.availability, r.starts_at, r.ends_at, r.early_entry_minutes, r.deleted_at FROM rooms r`;

function availabilityOf(row: Record<string, unknown>): StoredAvailability {
  return row.availability === 'scheduled' ? { kind: 'scheduled', start: toDate(row.starts_at), end: toDate(row.ends_at) } : { kind: 'always' };
}

function toListRoom(row: Record<string, unknown>): RoomListRecord {
  return {
    id: String(row.id),
    ownerId: String(row.owner_id),
    name: String(row.name),
    mode: row.mode as RoomRecord['mode'],
    templateId: (row.template_id as string | null) ?? null,
    availability: availabilityOf(row),
    earlyEntryMinutes: Number(row.early_entry_minutes),
    deletedAt: toDateOrNull(row.deleted_at),
  };
}

function toRoom(row: Record<string, unknown>): RoomRecord {
  return {
    id: String(row.id),
    accountId: String(row.account_id),
    ownerId: String(row.owner_id),
    ownerName: String(row.owner_name),
    name: String(row.name),
    description: String(row.description),
    tags: jsonColumn(row.tags, storedShapes.strings, `rooms.tags of ${String(row.id)}`),
    mode: row.mode as RoomRecord['mode'],
    templateId: (row.template_id as string | null) ?? null,
    availability: availabilityOf(row),
    earlyEntryMinutes: Number(row.early_entry_minutes),
    chat: jsonColumn(row.chat, storedShapes.chat, `rooms.chat of ${String(row.id)}`),
    deletedAt: toDateOrNull(row.deleted_at),
    createdAt: toDate(row.created_at),
  };
}

function columnsOf(changes: RoomChanges): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  if (changes.name !== undefined) columns.name = changes.name;
  if (changes.description !== undefined) columns.description = changes.description;
  if (changes.tags !== undefined) columns.tags = JSON.stringify(changes.tags);
  if (changes.mode !== undefined) columns.mode = changes.mode;
  if (changes.templateId !== undefined) columns.template_id = changes.templateId;
  if (changes.earlyEntryMinutes !== undefined) columns.early_entry_minutes = changes.earlyEntryMinutes;
  if (changes.chat !== undefined) columns.chat = JSON.stringify(changes.chat);
  if (changes.availability !== undefined) {
    const scheduled = changes.availability.kind === 'scheduled' ? changes.availability : null;
    columns.availability = changes.availability.kind;
    columns.starts_at = scheduled ? scheduled.start.toISOString() : null;
    columns.ends_at = scheduled ? scheduled.end.toISOString() : null;
  }
  return columns;
}

/** Rooms of one account; every query names the account. */
export class RoomRepository {
  constructor(private readonly db: Database) {}

  async create(room: NewRoom, transaction?: Transaction): Promise<void> {
    const now = isoNow();
    const columns = { id: room.id, account_id: room.accountId, owner_id: room.ownerId, ...columnsOf(room), created_at: now, updated_at: now };
    const names = Object.keys(columns);
    await this.db.execute(`INSERT INTO rooms (${names.join(', ')}) VALUES (${names.map((n) => `:${n}`).join(', ')})`, columns, transaction);
  }

  async find(accountId: string, roomId: string, transaction?: Transaction): Promise<RoomRecord | null> {
    const [row] = await this.db.select<Record<string, unknown>>(`${SELECT_ROOM} WHERE r.account_id = :accountId AND r.id = :roomId`, { accountId, roomId }, transaction);
    return row ? toRoom(row) : null;
  }

  /** The rooms (deleted or not) that have an open session: what the meeting sweep reads them for, in one statement. */
  async withOpenSession(): Promise<RoomRecord[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `${SELECT_ROOM} WHERE EXISTS (SELECT 1 FROM meeting_sessions s WHERE s.account_id = r.account_id AND s.room_id = r.id AND s.status <> 'ended')`,
    );
    return rows.map(toRoom);
  }

  async update(accountId: string, roomId: string, changes: RoomChanges, transaction?: Transaction): Promise<void> {
    const columns = columnsOf(changes);
    const sets = Object.keys(columns).map((name) => `${name} = :${name}`);
    await this.db.execute(
      `UPDATE rooms SET ${[...sets, 'updated_at = :now'].join(', ')} WHERE account_id = :accountId AND id = :roomId`,
      { ...columns, now: isoNow(), accountId, roomId },
      transaction,
    );
  }

  async setDeleted(accountId: string, roomId: string, deletedAt: Date | null, transaction?: Transaction): Promise<void> {
    await this.db.execute('UPDATE rooms SET deleted_at = :deletedAt, updated_at = :now WHERE account_id = :accountId AND id = :roomId', {
      deletedAt: deletedAt?.toISOString() ?? null, now: isoNow(), accountId, roomId,
    }, transaction);
  }

  async listPublishedIn(accountId: string, channelId: string): Promise<RoomListRecord[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `${SELECT_LIST_ROOM} JOIN room_channels rc ON rc.room_id = r.id AND rc.account_id = r.account_id
       WHERE r.account_id = :accountId AND rc.channel_id = :channelId AND r.deleted_at IS NULL`,
      { accountId, channelId },
    );
    return rows.map(toListRoom);
  }

  /** My Rooms: owned or co-edited, deleted ones included while they can be restored. */
  async listOwnedOrCoEdited(accountId: string, userId: string, deletedSince: Date): Promise<RoomListRecord[]> {
    const rows = await this.db.select<Record<string, unknown>>(
      `${SELECT_LIST_ROOM} WHERE r.account_id = :accountId
         AND (r.owner_id = :userId OR EXISTS (SELECT 1 FROM room_collaborators c WHERE c.room_id = r.id AND c.user_id = :userId AND c.role = 'co-editor'))
         AND (r.deleted_at IS NULL OR (r.owner_id = :userId AND r.deleted_at >= :deletedSince))
       ORDER BY r.created_at DESC`,
      { accountId, userId, deletedSince: deletedSince.toISOString() },
    );
    return rows.map(toListRoom);
  }

  /**
   * Deletes for good up to `limit` rooms deleted before `cutoff`, with everything that hangs
   * on them, in one transaction. Safe on every process at once: a second run finds the rows
   * gone (or waits on their locks) and deletes nothing.
   */
  async purgeDeletedBefore(cutoff: Date, limit = 100): Promise<number> {
    return this.db.transaction(async (t) => {
      const due = await this.db.select<{ id: string }>(
        'SELECT id FROM rooms WHERE deleted_at IS NOT NULL AND deleted_at < :cutoff ORDER BY deleted_at LIMIT :limit',
        { cutoff: cutoff.toISOString(), limit }, t,
      );
      if (due.length === 0) return 0;
      const ids = { roomIds: due.map((row) => row.id), cutoff: cutoff.toISOString() };
      const sessions = 'SELECT id FROM meeting_sessions WHERE room_id IN (:roomIds)';
      // Children first: SQLite does not cascade unless foreign keys are switched on.
      await this.db.execute('DELETE FROM grade_posts WHERE job_id IN (SELECT id FROM grade_jobs WHERE room_id IN (:roomIds))', ids, t);
      for (const table of ['grade_jobs', 'grade_line_items', 'room_grading']) await this.db.execute(`DELETE FROM ${table} WHERE room_id IN (:roomIds)`, ids, t);
      await this.db.execute(`DELETE FROM attendance_events WHERE session_id IN (${sessions})`, ids, t);
      await this.db.execute(`DELETE FROM session_participants WHERE session_id IN (${sessions})`, ids, t);
      await this.db.execute('DELETE FROM meeting_sessions WHERE room_id IN (:roomIds)', ids, t);
      for (const table of ['room_likes', 'room_collaborators', 'room_channels']) {
        await this.db.execute(`DELETE FROM ${table} WHERE room_id IN (:roomIds)`, ids, t);
      }
      return this.db.execute('DELETE FROM rooms WHERE id IN (:roomIds) AND deleted_at IS NOT NULL AND deleted_at < :cutoff', ids, t);
    });
  }
}
