import { DataTypes, QueryInterface } from 'sequelize';

const ref = (model: string) => ({ type: DataTypes.STRING(36), allowNull: false, references: { model, key: 'id' }, onDelete: 'CASCADE' });
const at = (allowNull: boolean) => ({ type: DataTypes.DATE, allowNull });

/** Meeting sessions, the people in them (presence, role, camera slot) and every join and leave. */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('meeting_sessions', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    room_id: ref('rooms'),
    status: { type: DataTypes.STRING(10), allowNull: false },
    opened_at: at(false),
    started_at: at(true),
    started_by: { type: DataTypes.STRING(20) },
    ended_at: at(true),
    end_reason: { type: DataTypes.STRING(20) },
    // Unguessable and namespaced by account; the Jitsi JWT's `room` claim is bound to it.
    jitsi_room: { type: DataTypes.STRING(120), allowNull: false },
    // Snapshots taken at start: a template or chat change mid-meeting does not reconfigure it.
    mode: { type: DataTypes.STRING(20), allowNull: false },
    features: { type: DataTypes.TEXT, allowNull: false },
    chat: { type: DataTypes.TEXT, allowNull: false },
    created_at: at(false),
    updated_at: at(false),
  });
  await qi.addIndex('meeting_sessions', ['account_id', 'room_id'], { name: 'meeting_sessions_account_room' });
  // At most one session people can be in per room, whatever the processes do.
  await qi.sequelize.query(`CREATE UNIQUE INDEX meeting_sessions_one_open_per_room ON meeting_sessions (room_id) WHERE status <> 'ended'`);
  await qi.sequelize.query(`CREATE INDEX meeting_sessions_open ON meeting_sessions (status) WHERE status <> 'ended'`);

  await qi.createTable('session_participants', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    session_id: ref('meeting_sessions'),
    user_id: ref('users'),
    role: { type: DataTypes.STRING(20), allowNull: false },
    // Arrival orders the waiting room: first come, first in.
    arrived_at: at(false),
    admitted_at: at(true),
    left_at: at(true),
    left_reason: { type: DataTypes.STRING(20) },
    last_seen_at: at(false),
    camera_on: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  });
  await qi.addIndex('session_participants', ['session_id', 'user_id'], { unique: true, name: 'session_participants_session_user' });
  await qi.addIndex('session_participants', ['account_id', 'session_id'], { name: 'session_participants_account_session' });

  await qi.createTable('attendance_events', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    session_id: ref('meeting_sessions'),
    participant_id: ref('session_participants'),
    user_id: ref('users'),
    type: { type: DataTypes.STRING(10), allowNull: false },
    at: at(false),
  });
  await qi.addIndex('attendance_events', ['account_id', 'session_id', 'at'], { name: 'attendance_events_account_session' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of ['attendance_events', 'session_participants', 'meeting_sessions']) await qi.dropTable(table);
}
