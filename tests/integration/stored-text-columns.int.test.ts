import { createTestDatabase, TestDatabase } from '@lti-rooms/test-support';
import { createDatabase, Database, migrateDatabase } from '@lti-rooms/server-persistence';
import { TEXT_LIMITS, TextLimit } from '@lti-rooms/domain';

/**
 * Each limit lives once (issue 10, finding 9): the schemas bound input with TEXT_LIMITS,
 * the migrations sized the columns. This reads every varchar column of the tool's tables
 * from the migrated database and checks that it is either bounded by the limit of the same
 * size, or only ever holds values the tool makes itself.
 */
const BOUNDED: Record<string, TextLimit> = {
  'accounts.issuer': 'issuer', 'accounts.client_id': 'ltiId', 'accounts.name': 'platformName',
  'accounts.auth_endpoint': 'url', 'accounts.token_endpoint': 'url', 'accounts.jwks_uri': 'url',
  'deployments.deployment_id': 'ltiId',
  'users.lti_sub': 'ltiId', 'users.name': 'personName', 'users.given_name': 'personName', 'users.family_name': 'personName',
  'users.email': 'email', 'users.picture': 'url', 'users.locale': 'locale',
  'channels.context_id': 'ltiId', 'channels.title': 'courseTitle', 'channels.label': 'courseLabel', 'channels.nrps_url': 'url',
  'launches.deployment_id': 'ltiId', 'launches.resource_link_id': 'ltiId', 'launches.target_link_uri': 'url',
  'launches.return_url': 'url', 'launches.locale': 'locale',
  'rooms.name': 'roomName', 'room_templates.name': 'templateName', 'role_mappings.lti_role': 'ltiRole',
  'jitsi_deployments.domain': 'jitsiDomain', 'jitsi_deployments.app_id': 'jitsiAppId', 'jitsi_deployments.key_id': 'jitsiKeyId',
  'session_participants.jitsi_participant_id': 'jitsiParticipantId', 'audit_log.actor_name': 'personName',
  'launch_log.user_name': 'personName', 'launch_log.deployment_id': 'ltiId',
};

/** Filled by the tool only: random tokens, generated names, ids of rows it made, and its own vocabulary. */
const TOOL_MADE = new Set([
  'accounts.registration_method', 'accounts.lti_platform_kid', 'memberships.channel_role', 'lti_login_states.state', 'lti_login_states.nonce',
  'lti_nonces.nonce', 'launches.message_type', 'room_templates.base_mode', 'rooms.mode', 'rooms.availability', 'room_collaborators.role',
  'audit_log.action', 'audit_log.target', 'role_mappings.channel_role', 'jitsi_deployments.kind', 'meeting_sessions.status',
  'meeting_sessions.started_by', 'meeting_sessions.end_reason', 'meeting_sessions.jitsi_room', 'meeting_sessions.mode',
  'meeting_sessions.stage_access_mode', 'session_participants.role', 'session_participants.left_reason', 'session_participants.stage_position',
  'session_participants.invitation_outcome', 'session_participants.promoted_from', 'attendance_events.type',
  'launch_log.outcome', 'launch_log.mechanism', 'launch_log.message_type', 'launch_log.channel_role',
  // One of the tool's own locale tags: PUT /api/me/locale accepts SUPPORTED_LOCALES only.
  'users.chosen_locale',
]);
const isMadeId = (column: string, size: number) => size === 36 && /\.(id|\w+_id|published_by|invited_by)$/.test(column);

const TABLES = [
  'accounts', 'deployments', 'users', 'channels', 'memberships', 'lti_login_states', 'lti_nonces', 'launches', 'account_settings', 'room_templates',
  'rooms', 'room_channels', 'room_collaborators', 'room_likes', 'audit_log', 'role_mappings', 'jitsi_deployments', 'meeting_sessions',
  'session_participants', 'attendance_events', 'launch_log',
];

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  await migrateDatabase(db, testDb.databaseUrl);
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

/** `table.column` → size, for every varchar column of the tool's tables. */
async function varcharColumns(): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (db.dialect === 'postgres') {
    const rows = await db.select<{ table_name: string; column_name: string; size: number }>(
      `SELECT table_name, column_name, character_maximum_length AS size FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type = 'character varying' AND table_name IN (:tables)`,
      { tables: TABLES },
    );
    for (const row of rows) sizes.set(`${row.table_name}.${row.column_name}`, Number(row.size));
    return sizes;
  }
  for (const table of TABLES) {
    for (const row of await db.select<{ name: string; type: string }>(`PRAGMA table_info(${table})`)) {
      const size = /^VARCHAR\((\d+)\)$/i.exec(row.type)?.[1];
      if (size) sizes.set(`${table}.${row.name}`, Number(size));
    }
  }
  return sizes;
}

describe(`stored text on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('every limit equals the size of the columns it guards', async () => {
    const sizes = await varcharColumns();
    const mismatched = Object.entries(BOUNDED)
      .map(([column, limit]) => ({ column, limit, limitValue: TEXT_LIMITS[limit], columnSize: sizes.get(column) }))
      .filter((entry) => entry.limitValue !== entry.columnSize);
    expect(mismatched).toEqual([]);
  });

  it('every other varchar column holds only what the tool makes itself', async () => {
    const sizes = await varcharColumns();
    expect(sizes.size).toBeGreaterThan(60);
    const unaccounted = [...sizes].filter(([column, size]) => !(column in BOUNDED) && !TOOL_MADE.has(column) && !isMadeId(column, size)).map(([column]) => column);
    expect(unaccounted).toEqual([]);
  });
});
