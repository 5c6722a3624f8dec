import { DataTypes, QueryInterface } from 'sequelize';

/**
 * The course's way back into the LMS (launch_presentation.return_url of its latest launch
 * that sent one): a shared room link opened without a session sends people there.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('channels', 'return_url', { type: DataTypes.TEXT, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('channels', 'return_url');
}
