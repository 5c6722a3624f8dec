import type { Database } from '@lti-rooms/server-persistence';

/** Every table a request can write to, and the tables whose rows change in place (updated_at). */
const TABLES = [
  'accounts', 'deployments', 'users', 'channels', 'memberships', 'lti_login_states', 'lti_nonces', 'launches', 'account_settings', 'room_templates',
  'rooms', 'room_channels', 'room_collaborators', 'room_likes', 'audit_log', 'role_mappings', 'jitsi_deployments', 'meeting_sessions',
  'session_participants', 'attendance_events', 'room_grading', 'ags_endpoints', 'grade_line_items', 'grade_jobs', 'grade_posts',
];
const UPDATED = ['accounts', 'users', 'channels', 'memberships', 'account_settings', 'room_templates', 'rooms', 'jitsi_deployments', 'meeting_sessions', 'room_grading', 'ags_endpoints', 'grade_jobs'];

/**
 * A fingerprint of everything stored, in one query: row counts and the latest update of
 * each table. A refused request must leave it unchanged.
 */
export async function storedFingerprint(db: Database): Promise<string> {
  const columns = [
    ...TABLES.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}_rows`),
    ...UPDATED.map((t) => `(SELECT MAX(updated_at) FROM ${t}) AS ${t}_updated`),
    `(SELECT COUNT(*) FROM lti_login_states WHERE consumed_at IS NOT NULL) AS consumed_logins`,
    `(SELECT COUNT(*) FROM session_participants WHERE left_at IS NOT NULL) AS left_participants`,
  ];
  const [row] = await db.select<Record<string, unknown>>(`SELECT ${columns.join(', ')}`);
  return JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)])));
}
