import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import { gradingSettingsSchema, type GradingSettingsBody } from '@lti-rooms/contracts';
import { Database } from '../database';
import { jsonColumn, toBool } from '../rows';

/** What a launch's AGS claim said for its resource link. */
export interface AgsEndpoint {
  channelId: string;
  resourceLinkId: string;
  lineItemsUrl: string | null;
  lineItemUrl: string | null;
  scopes: string[];
}

const ruleShape = gradingSettingsSchema.omit({ enabled: true });
const iso = (date: Date) => date.toISOString();

/** A room's grading rule, the LMS's grade service per course, and the gradebook columns the tool made. */
export class GradingRepository {
  constructor(private readonly db: Database) {}

  async settingsOf(accountId: string, roomId: string, transaction?: Transaction): Promise<GradingSettingsBody | null> {
    const [row] = await this.db.select<{ enabled: unknown; rule: unknown }>(
      'SELECT enabled, rule FROM room_grading WHERE account_id = :accountId AND room_id = :roomId', { accountId, roomId }, transaction,
    );
    if (!row) return null;
    return { enabled: toBool(row.enabled), ...jsonColumn(row.rule, ruleShape, `room_grading.rule of ${roomId}`) };
  }

  async saveSettings(accountId: string, roomId: string, settings: GradingSettingsBody, now: Date, transaction: Transaction): Promise<void> {
    const { enabled, ...rule } = settings;
    await this.db.execute(
      `INSERT INTO room_grading (room_id, account_id, enabled, rule, updated_at) VALUES (:roomId, :accountId, :enabled, :rule, :now)
       ON CONFLICT (room_id) DO UPDATE SET enabled = excluded.enabled, rule = excluded.rule, updated_at = excluded.updated_at`,
      { roomId, accountId, enabled, rule: JSON.stringify(rule), now: iso(now) }, transaction,
    );
  }

  /** Kept from every resource link launch that carries the claim, inside the launch's transaction. */
  async recordAgsEndpoint(accountId: string, endpoint: AgsEndpoint, now: Date, transaction: Transaction): Promise<void> {
    await this.db.execute(
      `INSERT INTO ags_endpoints (id, account_id, channel_id, resource_link_id, lineitems_url, lineitem_url, scopes, updated_at)
       VALUES (:id, :accountId, :channelId, :resourceLinkId, :lineItemsUrl, :lineItemUrl, :scopes, :now)
       ON CONFLICT (account_id, channel_id, resource_link_id) DO UPDATE SET lineitems_url = excluded.lineitems_url,
         lineitem_url = excluded.lineitem_url, scopes = excluded.scopes, updated_at = excluded.updated_at`,
      { id: randomUUID(), accountId, ...endpoint, scopes: endpoint.scopes.join(' '), now: iso(now) }, transaction,
    );
  }

  async forgetAgsEndpoint(accountId: string, channelId: string, resourceLinkId: string, transaction: Transaction): Promise<void> {
    await this.db.execute(
      'DELETE FROM ags_endpoints WHERE account_id = :accountId AND channel_id = :channelId AND resource_link_id = :resourceLinkId', { accountId, channelId, resourceLinkId }, transaction,
    );
  }

  async lineItemOf(accountId: string, roomId: string, channelId: string, scopeKey: string): Promise<{ id: string; url: string } | null> {
    const [row] = await this.db.select<{ id: string; url: string }>(
      'SELECT id, url FROM grade_line_items WHERE account_id = :accountId AND room_id = :roomId AND channel_id = :channelId AND scope_key = :scopeKey',
      { accountId, roomId, channelId, scopeKey },
    );
    return row ?? null;
  }

  /** Binds a gradebook column to the room; a column bound meanwhile by another process wins. */
  async bindLineItem(accountId: string, roomId: string, channelId: string, scopeKey: string, url: string, now: Date): Promise<{ id: string; url: string }> {
    await this.db.execute(
      `INSERT INTO grade_line_items (id, account_id, room_id, channel_id, scope_key, url, created_at) VALUES (:id, :accountId, :roomId, :channelId, :scopeKey, :url, :now)
       ON CONFLICT (room_id, channel_id, scope_key) DO NOTHING`,
      { id: randomUUID(), accountId, roomId, channelId, scopeKey, url, now: iso(now) },
    );
    return (await this.lineItemOf(accountId, roomId, channelId, scopeKey))!;
  }

  /** The LMS lost the column (deleted by a teacher): the binding moves to the one made in its place. */
  async moveLineItem(accountId: string, lineItemId: string, url: string): Promise<void> {
    await this.db.execute('UPDATE grade_line_items SET url = :url WHERE account_id = :accountId AND id = :lineItemId', { accountId, lineItemId, url });
  }

  /** The language each student reads in (their own pick, else their LMS's): a score's comment is written in it. */
  async readerLocalesOf(accountId: string, userIds: string[]): Promise<Map<string, string | null>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.select<{ id: string; locale: string | null }>(
      'SELECT id, COALESCE(chosen_locale, locale) AS locale FROM users WHERE account_id = :accountId AND id IN (:userIds)', { accountId, userIds },
    );
    return new Map(rows.map((row) => [row.id, row.locale ?? null]));
  }
}
