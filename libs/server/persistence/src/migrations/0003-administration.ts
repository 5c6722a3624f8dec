import { DataTypes, QueryInterface } from 'sequelize';

const accountRef = { type: DataTypes.STRING(36), allowNull: false, references: { model: 'accounts', key: 'id' }, onDelete: 'CASCADE' };

/** Administration: audit log, role mapping overrides, Jitsi deployment; launches keep their roles for admin checks. */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // A launch without a course has no membership to hold its roles; administrators often launch that way.
  await qi.addColumn('launches', 'lti_roles', { type: DataTypes.TEXT });

  await qi.createTable('audit_log', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: accountRef,
    actor_id: { type: DataTypes.STRING(36) },
    actor_name: { type: DataTypes.STRING(255), allowNull: false },
    action: { type: DataTypes.STRING(60), allowNull: false },
    target: { type: DataTypes.STRING(255) },
    changes: { type: DataTypes.TEXT, allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('audit_log', ['account_id', 'created_at'], { name: 'audit_log_account_created' });

  await qi.createTable('role_mappings', {
    account_id: { ...accountRef, primaryKey: true },
    lti_role: { type: DataTypes.STRING(500), primaryKey: true },
    channel_role: { type: DataTypes.STRING(20), allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });

  await qi.createTable('jitsi_deployments', {
    account_id: { ...accountRef, primaryKey: true },
    kind: { type: DataTypes.STRING(20), allowNull: false },
    domain: { type: DataTypes.STRING(255) },
    app_id: { type: DataTypes.STRING(255) },
    key_id: { type: DataTypes.STRING(255) },
    // The app secret or the JaaS private key, encrypted with the server's key; never sent to a browser.
    secret_ciphertext: { type: DataTypes.TEXT },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('jitsi_deployments');
  await qi.dropTable('role_mappings');
  await qi.dropTable('audit_log');
  await qi.removeColumn('launches', 'lti_roles');
}
