import { DataTypes, QueryInterface } from 'sequelize';

const ref = (model: string, allowNull = false) => ({ type: DataTypes.STRING(36), allowNull, references: { model, key: 'id' }, onDelete: 'CASCADE' });
const at = (allowNull: boolean) => ({ type: DataTypes.DATE, allowNull });
const url = (allowNull: boolean) => ({ type: DataTypes.STRING(1000), allowNull });

/**
 * Attendance grades: a room's grading rule, what each launch said about the LMS's grade
 * service (AGS), the gradebook columns the tool made, and the outbox that carries scores to
 * them: one job per ended session, written in the transaction that ends it, then one post
 * per student, each delivered once.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('room_grading', {
    room_id: { ...ref('rooms'), primaryKey: true },
    account_id: ref('accounts'),
    enabled: { type: DataTypes.BOOLEAN, allowNull: false },
    // The rule as JSON (GradingSettings without `enabled`): its shape is the domain's.
    rule: { type: DataTypes.TEXT, allowNull: false },
    updated_at: at(false),
  });

  // The AGS claim of each resource link's latest launch: scopes and the container URL, and the
  // link's own line item when the LMS made one with the link.
  await qi.createTable('ags_endpoints', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    channel_id: ref('channels'),
    resource_link_id: { type: DataTypes.STRING(255), allowNull: false },
    lineitems_url: url(true),
    lineitem_url: url(true),
    scopes: { type: DataTypes.TEXT, allowNull: false },
    updated_at: at(false),
  });
  // Resource link ids are unique per platform, yet some LMSs reuse one across courses (a link copied
  // with a course): keyed by course too, one course's claim never overwrites another's.
  await qi.addIndex('ags_endpoints', ['account_id', 'channel_id', 'resource_link_id'], { unique: true, name: 'ags_endpoints_account_channel_link' });
  await qi.addIndex('ags_endpoints', ['account_id', 'channel_id', 'updated_at'], { name: 'ags_endpoints_channel' });

  // The gradebook column a room's scores go to in a course: one per room, or one per session.
  await qi.createTable('grade_line_items', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    room_id: ref('rooms'),
    channel_id: ref('channels'),
    // The session id for per-session columns, 'room' for the room's average.
    scope_key: { type: DataTypes.STRING(36), allowNull: false },
    url: url(false),
    created_at: at(false),
  });
  await qi.addIndex('grade_line_items', ['room_id', 'channel_id', 'scope_key'], { unique: true, name: 'grade_line_items_room_channel_scope' });

  await qi.createTable('grade_jobs', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    room_id: ref('rooms'),
    session_id: ref('meeting_sessions'),
    channel_id: ref('channels'),
    // The rule in force when the session ended: a later change does not regrade it.
    rule: { type: DataTypes.TEXT, allowNull: false },
    status: { type: DataTypes.STRING(12), allowNull: false },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    next_attempt_at: at(false),
    lease_until: at(true),
    refusal: { type: DataTypes.STRING(24) },
    created_at: at(false),
    updated_at: at(false),
  });
  await qi.addIndex('grade_jobs', ['session_id', 'channel_id'], { unique: true, name: 'grade_jobs_session_channel' });
  await qi.sequelize.query(`CREATE INDEX grade_jobs_due ON grade_jobs (next_attempt_at) WHERE status = 'pending'`);

  await qi.createTable('grade_posts', {
    id: { type: DataTypes.STRING(36), primaryKey: true },
    account_id: ref('accounts'),
    job_id: ref('grade_jobs'),
    line_item_id: ref('grade_line_items'),
    // The LMS's id for the student (the roster's user_id, the launch's sub): not every student has launched.
    lti_user_id: { type: DataTypes.STRING(255), allowNull: false },
    score_given: { type: DataTypes.DOUBLE, allowNull: false },
    score_maximum: { type: DataTypes.DOUBLE, allowNull: false },
    // The student's user row when they have launched the tool: the score's comment is in their language.
    user_id: ref('users', true),
    seconds_present: { type: DataTypes.INTEGER, allowNull: false },
    session_seconds: { type: DataTypes.INTEGER, allowNull: false },
    // The score's timestamp, fixed when the post is written: a retry sends the same one.
    scored_at: at(false),
    status: { type: DataTypes.STRING(12), allowNull: false },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    next_attempt_at: at(false),
    lease_until: at(true),
    refusal: { type: DataTypes.STRING(24) },
    sent_at: at(true),
  });
  await qi.addIndex('grade_posts', ['job_id', 'lti_user_id'], { unique: true, name: 'grade_posts_job_user' });
  await qi.sequelize.query(`CREATE INDEX grade_posts_due ON grade_posts (next_attempt_at) WHERE status = 'pending'`);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of ['grade_posts', 'grade_jobs', 'grade_line_items', 'ags_endpoints', 'room_grading']) await qi.dropTable(table);
}
