import { DataTypes, QueryInterface } from 'sequelize';

/**
 * Origins allowed to frame the tool, per account (learned from launches, added by an
 * administrator or operator), and the counters of the rate limits when several server
 * processes share PostgreSQL (the table layout rate-limiter-flexible's RateLimiterPostgres uses).
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('frame_origins', {
    account_id: { type: DataTypes.STRING(36), allowNull: false, primaryKey: true, references: { model: 'accounts', key: 'id' }, onDelete: 'CASCADE' },
    origin: { type: DataTypes.STRING(300), allowNull: false, primaryKey: true },
    // 'launch', 'admin' or 'operator' (the registration's origin is derived from the account, not stored).
    source: { type: DataTypes.STRING(20), allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable('rate_limits', {
    key: { type: DataTypes.STRING(255), primaryKey: true },
    points: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    // Milliseconds since the epoch; rate-limiter-flexible deletes expired rows itself.
    expire: { type: DataTypes.BIGINT },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('rate_limits');
  await qi.dropTable('frame_origins');
}
