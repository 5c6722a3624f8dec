import { DataTypes, QueryInterface } from 'sequelize';

/**
 * The recent launches of each account, accepted and refused, for its administrators (at most
 * the latest 100 per account: every write removes the older ones). A refusal that names no
 * registered account is logged and counted, never stored.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('launch_log', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    account_id: { type: DataTypes.STRING(36), allowNull: false, references: { model: 'accounts', key: 'id' }, onDelete: 'CASCADE' },
    outcome: { type: DataTypes.STRING(40), allowNull: false },
    mechanism: { type: DataTypes.STRING(20), allowNull: false },
    message_type: { type: DataTypes.STRING(60) },
    channel_role: { type: DataTypes.STRING(20) },
    user_name: { type: DataTypes.STRING(255) },
    deployment_id: { type: DataTypes.STRING(255) },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('launch_log', ['account_id', 'id'], { name: 'launch_log_account_id' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('launch_log');
}
