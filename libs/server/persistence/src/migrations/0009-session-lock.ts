import { DataTypes, QueryInterface } from 'sequelize';

/** A host locks a running session: from then on new arrivals wait until a host admits them. */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('meeting_sessions', 'locked', { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('meeting_sessions', 'locked');
}
