import { DataTypes, QueryInterface } from 'sequelize';

/**
 * When a registration started waiting for approval; null once approved (or for a platform
 * an operator added or deactivated by hand, which never expires). Existing accounts keep
 * null: nothing registered before this migration is removed by the pending sweep.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('accounts', 'pending_since', { type: DataTypes.DATE });
  await qi.addIndex('accounts', ['pending_since'], { name: 'accounts_pending_since' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('accounts', 'accounts_pending_since');
  await qi.removeColumn('accounts', 'pending_since');
}
