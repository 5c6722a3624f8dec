import { DataTypes, QueryInterface } from 'sequelize';

const ref = (model: string) => ({ type: DataTypes.STRING(36), allowNull: false, references: { model, key: 'id' }, onDelete: 'CASCADE' });
const createdAt = { type: DataTypes.DATE, allowNull: false };

/** Rooms, where they are published, who collaborates on them, likes, account settings and templates. */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('account_settings', {
    account_id: { ...ref('accounts'), primaryKey: true },
    // Only what an administrator changed; defaults live in libs/domain and apply on read.
    settings: { type: DataTypes.TEXT, allowNull: false },
    updated_at: createdAt,
  });

  await qi.createTable('room_templates', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    name: { type: DataTypes.STRING(120), allowNull: false },
    base_mode: { type: DataTypes.STRING(20), allowNull: false },
    features: { type: DataTypes.TEXT, allowNull: false },
    retired_at: { type: DataTypes.DATE },
    created_at: createdAt,
    updated_at: createdAt,
  });
  await qi.addIndex('room_templates', ['account_id'], { name: 'room_templates_account' });

  await qi.createTable('rooms', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    owner_id: ref('users'),
    name: { type: DataTypes.STRING(120), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: false },
    tags: { type: DataTypes.TEXT, allowNull: false },
    mode: { type: DataTypes.STRING(20), allowNull: false },
    template_id: { type: DataTypes.STRING(36) },
    availability: { type: DataTypes.STRING(20), allowNull: false },
    starts_at: { type: DataTypes.DATE },
    ends_at: { type: DataTypes.DATE },
    early_entry_minutes: { type: DataTypes.INTEGER, allowNull: false },
    chat: { type: DataTypes.TEXT, allowNull: false },
    deleted_at: { type: DataTypes.DATE },
    created_at: createdAt,
    updated_at: createdAt,
  });
  await qi.addIndex('rooms', ['account_id', 'owner_id'], { name: 'rooms_account_owner' });

  await qi.createTable('room_channels', {
    room_id: { ...ref('rooms'), primaryKey: true },
    channel_id: { ...ref('channels'), primaryKey: true },
    account_id: ref('accounts'),
    published_by: { type: DataTypes.STRING(36), allowNull: false },
    created_at: createdAt,
  });
  await qi.addIndex('room_channels', ['account_id', 'channel_id'], { name: 'room_channels_account_channel' });

  await qi.createTable('room_collaborators', {
    room_id: { ...ref('rooms'), primaryKey: true },
    user_id: { ...ref('users'), primaryKey: true },
    role: { type: DataTypes.STRING(20), allowNull: false, primaryKey: true },
    account_id: ref('accounts'),
    created_at: createdAt,
  });
  await qi.addIndex('room_collaborators', ['account_id', 'user_id'], { name: 'room_collaborators_account_user' });

  await qi.createTable('room_likes', {
    room_id: { ...ref('rooms'), primaryKey: true },
    user_id: { ...ref('users'), primaryKey: true },
    account_id: ref('accounts'),
    created_at: createdAt,
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of ['room_likes', 'room_collaborators', 'room_channels', 'rooms', 'room_templates', 'account_settings']) {
    await qi.dropTable(table);
  }
}
