import { DataTypes, QueryInterface } from 'sequelize';

/**
 * The language a person picked in the tool, kept per user: it wins over what their LMS
 * sends with each launch until they choose "follow the LMS" again (null). The LMS's own
 * locale stays in users.locale and launches.locale, rewritten by every launch.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('users', 'chosen_locale', { type: DataTypes.STRING(35), allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('users', 'chosen_locale');
}
