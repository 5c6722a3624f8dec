import { randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import type { RoomFeatures, RoomMode, StoredAccountSettings, StoredRoomTemplate } from '@lti-rooms/domain';
import { Database } from '../database';
import { isoNow, jsonColumn, storedShapes, toDateOrNull } from '../rows';

export interface NewTemplate {
  name: string;
  baseMode: RoomMode;
  features: Partial<RoomFeatures>;
}

/** An account's settings as an administrator left them, and its custom templates. */
export class SettingsRepository {
  constructor(private readonly db: Database) {}

  async load(accountId: string): Promise<StoredAccountSettings> {
    const [row] = await this.db.select<{ settings: string }>('SELECT settings FROM account_settings WHERE account_id = :accountId', { accountId });
    const templates = await this.db.select<Record<string, unknown>>(
      'SELECT * FROM room_templates WHERE account_id = :accountId ORDER BY created_at, name',
      { accountId },
    );
    return {
      ...(jsonColumn(row?.settings, storedShapes.record, `account_settings.settings of ${accountId}`, {}) as StoredAccountSettings),
      templates: templates.map((t): StoredRoomTemplate => ({
        id: String(t.id),
        name: String(t.name),
        baseMode: t.base_mode as RoomMode,
        features: jsonColumn(t.features, storedShapes.features, `room_templates.features of ${String(t.id)}`) as Partial<RoomFeatures>,
        retiredAt: toDateOrNull(t.retired_at),
      })),
    };
  }

  /** Replaces the stored settings (without templates, which have their own table). */
  async save(accountId: string, settings: Omit<StoredAccountSettings, 'templates'>, transaction?: Transaction): Promise<void> {
    await this.db.execute(
      `INSERT INTO account_settings (account_id, settings, updated_at) VALUES (:accountId, :settings, :now)
       ON CONFLICT (account_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
      { accountId, settings: JSON.stringify(settings), now: isoNow() },
      transaction,
    );
  }

  async createTemplate(accountId: string, template: NewTemplate, transaction?: Transaction): Promise<string> {
    const id = randomUUID();
    const now = isoNow();
    await this.db.execute(
      `INSERT INTO room_templates (id, account_id, name, base_mode, features, created_at, updated_at)
       VALUES (:id, :accountId, :name, :baseMode, :features, :now, :now)`,
      { id, accountId, name: template.name, baseMode: template.baseMode, features: JSON.stringify(template.features), now },
      transaction,
    );
    return id;
  }

  async updateTemplate(accountId: string, templateId: string, template: NewTemplate, transaction?: Transaction): Promise<boolean> {
    const updated = (await this.db.execute(
      'UPDATE room_templates SET name = :name, base_mode = :baseMode, features = :features, updated_at = :now WHERE account_id = :accountId AND id = :templateId',
      { accountId, templateId, name: template.name, baseMode: template.baseMode, features: JSON.stringify(template.features), now: isoNow() },
      transaction,
    )) > 0;
    // A room's stored mode is its template's base mode: it follows the template, so no reader ever sees it stale.
    await this.db.execute(
      'UPDATE rooms SET mode = :baseMode WHERE account_id = :accountId AND template_id = :templateId AND mode <> :baseMode',
      { accountId, templateId, baseMode: template.baseMode },
      transaction,
    );
    return updated;
  }

  async retireTemplate(accountId: string, templateId: string, retiredAt: Date | null, transaction?: Transaction): Promise<boolean> {
    return (await this.db.execute(
      'UPDATE room_templates SET retired_at = :retiredAt, updated_at = :now WHERE account_id = :accountId AND id = :templateId',
      { accountId, templateId, retiredAt: retiredAt?.toISOString() ?? null, now: isoNow() },
      transaction,
    )) > 0;
  }
}
