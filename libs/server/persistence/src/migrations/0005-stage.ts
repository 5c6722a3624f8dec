import { DataTypes, QueryInterface } from 'sequelize';

/** Panel stages: the session's access mode and change counter, each person's place on it and their Jitsi id. */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('meeting_sessions', 'stage_access_mode', { type: DataTypes.STRING(20) });
  // Grows by one with every stage change, so a client can tell it missed one.
  await qi.addColumn('meeting_sessions', 'stage_version', { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 });
  await qi.addColumn('session_participants', 'stage_position', { type: DataTypes.STRING(12), allowNull: false, defaultValue: 'viewer' });
  await qi.addColumn('session_participants', 'stage_since', { type: DataTypes.DATE });
  await qi.addColumn('session_participants', 'invited_by', { type: DataTypes.STRING(36) });
  await qi.addColumn('session_participants', 'invitation_outcome', { type: DataTypes.STRING(12) });
  // The role a host's promotion replaced; null when the person was not promoted in this session.
  await qi.addColumn('session_participants', 'promoted_from', { type: DataTypes.STRING(20) });
  await qi.addColumn('session_participants', 'jitsi_participant_id', { type: DataTypes.STRING(100) });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const column of ['jitsi_participant_id', 'promoted_from', 'invitation_outcome', 'invited_by', 'stage_since', 'stage_position']) {
    await qi.removeColumn('session_participants', column);
  }
  await qi.removeColumn('meeting_sessions', 'stage_version');
  await qi.removeColumn('meeting_sessions', 'stage_access_mode');
}
