import { DataTypes, QueryInterface } from 'sequelize';

const id = { type: DataTypes.STRING(36), primaryKey: true, allowNull: false };
const accountRef = { type: DataTypes.STRING(36), allowNull: false, references: { model: 'accounts', key: 'id' }, onDelete: 'CASCADE' };
const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};

/** Accounts (one per registered platform), users, channels, memberships and the launch bookkeeping. */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('accounts', {
    id,
    issuer: { type: DataTypes.STRING(500), allowNull: false },
    client_id: { type: DataTypes.STRING(255), allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    registration_method: { type: DataTypes.STRING(20), allowNull: false },
    auth_endpoint: { type: DataTypes.STRING(1000), allowNull: false },
    token_endpoint: { type: DataTypes.STRING(1000), allowNull: false },
    jwks_uri: { type: DataTypes.STRING(1000), allowNull: false },
    lti_platform_kid: { type: DataTypes.STRING(64), allowNull: false },
    ...timestamps,
  });
  await qi.addIndex('accounts', ['issuer', 'client_id'], { unique: true, name: 'accounts_issuer_client' });

  await qi.createTable('deployments', {
    account_id: { ...accountRef, primaryKey: true },
    deployment_id: { type: DataTypes.STRING(255), allowNull: false, primaryKey: true },
    created_at: timestamps.created_at,
  });

  await qi.createTable('users', {
    id,
    account_id: accountRef,
    lti_sub: { type: DataTypes.STRING(255), allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    given_name: { type: DataTypes.STRING(255) },
    family_name: { type: DataTypes.STRING(255) },
    email: { type: DataTypes.STRING(320) },
    picture: { type: DataTypes.STRING(1000) },
    locale: { type: DataTypes.STRING(35) },
    ...timestamps,
  });
  await qi.addIndex('users', ['account_id', 'lti_sub'], { unique: true, name: 'users_account_sub' });

  await qi.createTable('channels', {
    id,
    account_id: accountRef,
    context_id: { type: DataTypes.STRING(255), allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    label: { type: DataTypes.STRING(255) },
    nrps_url: { type: DataTypes.STRING(1000) },
    ...timestamps,
  });
  await qi.addIndex('channels', ['account_id', 'context_id'], { unique: true, name: 'channels_account_context' });

  await qi.createTable('memberships', {
    id,
    account_id: accountRef,
    user_id: { type: DataTypes.STRING(36), allowNull: false, references: { model: 'users', key: 'id' }, onDelete: 'CASCADE' },
    channel_id: { type: DataTypes.STRING(36), allowNull: false, references: { model: 'channels', key: 'id' }, onDelete: 'CASCADE' },
    lti_roles: { type: DataTypes.TEXT, allowNull: false },
    channel_role: { type: DataTypes.STRING(20), allowNull: false },
    is_observer: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    ...timestamps,
  });
  await qi.addIndex('memberships', ['user_id', 'channel_id'], { unique: true, name: 'memberships_user_channel' });
  await qi.addIndex('memberships', ['account_id', 'channel_id'], { name: 'memberships_account_channel' });

  // A pending OIDC login: the state and the nonce the tool sent the platform.
  await qi.createTable('lti_login_states', {
    state: { type: DataTypes.STRING(64), primaryKey: true },
    nonce: { type: DataTypes.STRING(64), allowNull: false },
    account_id: accountRef,
    // The login parameters, to restart the launch in a new window when the iframe's cookies are blocked.
    login_params: { type: DataTypes.TEXT },
    consumed_at: { type: DataTypes.DATE },
    created_at: timestamps.created_at,
  });
  await qi.addIndex('lti_login_states', ['created_at'], { name: 'lti_login_states_created' });

  await qi.createTable('lti_nonces', {
    account_id: { ...accountRef, primaryKey: true },
    nonce: { type: DataTypes.STRING(255), primaryKey: true },
    created_at: timestamps.created_at,
  });

  // One row per successful launch: what the browser tab that holds the launch token may see.
  await qi.createTable('launches', {
    id,
    account_id: accountRef,
    user_id: { type: DataTypes.STRING(36), allowNull: false, references: { model: 'users', key: 'id' }, onDelete: 'CASCADE' },
    channel_id: { type: DataTypes.STRING(36), references: { model: 'channels', key: 'id' }, onDelete: 'CASCADE' },
    message_type: { type: DataTypes.STRING(40), allowNull: false },
    deployment_id: { type: DataTypes.STRING(255), allowNull: false },
    resource_link_id: { type: DataTypes.STRING(255) },
    target_link_uri: { type: DataTypes.STRING(1000) },
    custom: { type: DataTypes.TEXT },
    return_url: { type: DataTypes.STRING(1000) },
    locale: { type: DataTypes.STRING(35) },
    deep_linking: { type: DataTypes.TEXT },
    created_at: timestamps.created_at,
  });
  await qi.addIndex('launches', ['created_at'], { name: 'launches_created' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of ['launches', 'lti_nonces', 'lti_login_states', 'memberships', 'channels', 'users', 'deployments', 'accounts']) {
    await qi.dropTable(table);
  }
}
