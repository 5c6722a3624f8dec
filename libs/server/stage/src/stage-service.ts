import type { StageCommandBody, StageCommandResult, StageSnapshot } from '@lti-rooms/contracts';
import { NOT_A_PANEL_SESSION, notFound, presenceCutoff, promotionDecision, StageCommand, StageRefusalError } from '@lti-rooms/domain';
import type { Database, MeetingSessionRepository, ParticipantRecord, ParticipantRepository, SessionRecord, StageRepository } from '@lti-rooms/server-persistence';
import { Transaction } from 'sequelize';
import type { MeetingEffect, MeetingPublisher } from '@lti-rooms/server-meetings';
import type { Viewer } from '@lti-rooms/server-http';
import { stageBody, stageStateOf, StageWrites } from '@lti-rooms/server-meetings';

export interface StageServiceDeps {
  db: Database;
  sessions: MeetingSessionRepository;
  participants: ParticipantRepository;
  stage: StageRepository;
  writes: StageWrites;
  publisher: MeetingPublisher;
  clock: () => Date;
}

const sessionGone = () => notFound('SESSION_OVER');

/**
 * The live stage of panel sessions as people act on it (SPEC "Panel mode"): every action is
 * decided by the domain's stage rules in a transaction under the room's lock, so several
 * server processes act as one, and the change is published to the room's pages.
 */
export class StageService {
  constructor(private readonly deps: StageServiceDeps) {}

  async command(viewer: Viewer, sessionId: string, command: StageCommandBody): Promise<StageCommandResult> {
    const session = await this.panelSession(viewer, sessionId);
    const effects: MeetingEffect[] = [];
    const result = await this.deps.db.transaction(async (t) => {
      await this.deps.sessions.lockRoom(viewer.accountId, session.roomId, t);
      const me = await this.inside(viewer, session, t);
      const now = this.deps.clock();
      if (command.type === 'setModerator') return this.setModerator(session, me, command.targetUserId, command.moderator, now, t, effects);
      return (await this.deps.writes.apply(session, [{ command: command as StageCommand, actor: { kind: 'user', userId: me.userId } }], now, t, effects))!;
    });
    await this.deps.publisher.publish(effects);
    return result;
  }

  /** The whole stage as the person's page starts from (and comes back to after a missed change). */
  async snapshot(viewer: Viewer, sessionId: string): Promise<StageSnapshot> {
    const session = await this.panelSession(viewer, sessionId);
    await this.inside(viewer, session);
    const stored = await this.deps.stage.load(viewer.accountId, sessionId, presenceCutoff(this.deps.clock()));
    if (!stored) throw new StageRefusalError(NOT_A_PANEL_SESSION);
    const state = stageStateOf(stored, session.features.cameraOnCap);
    const names = new Map(stored.rows.map((row) => [row.userId, row.name]));
    return {
      sessionId,
      version: stored.version,
      accessMode: stored.accessMode,
      cap: state.cap,
      participants: stored.rows.map((row) => stageBody(row, state.participants[row.userId], names, row.promotedFrom)),
    };
  }

  /**
   * The person's page joined the Jitsi conference under this id. Hosts' pages approve an
   * on-stage person's media by it, so for them it is news; a viewer's id is only kept.
   */
  async jitsiJoined(viewer: Viewer, sessionId: string, jitsiParticipantId: string): Promise<void> {
    const session = await this.deps.sessions.find(viewer.accountId, sessionId);
    if (!session || session.state.status === 'ended') throw sessionGone();
    const effects: MeetingEffect[] = [];
    await this.deps.db.transaction(async (t) => {
      await this.deps.sessions.lockRoom(viewer.accountId, session.roomId, t);
      const me = await this.inside(viewer, session, t);
      if (me.jitsiParticipantId === jitsiParticipantId) return;
      await this.deps.stage.setJitsiParticipant(viewer.accountId, sessionId, me.userId, jitsiParticipantId, t);
      if (session.mode === 'panel' && me.stagePosition === 'on-stage') await this.announce(session, me.userId, t, effects);
    });
    await this.deps.publisher.publish(effects);
  }

  private async setModerator(session: SessionRecord, me: ParticipantRecord, targetUserId: string, moderator: boolean, now: Date, t: Transaction, effects: MeetingEffect[]) {
    const target = await this.deps.participants.find(session.accountId, session.id, targetUserId, t);
    if (!target || target.leftAt !== null || target.admittedAt === null) throw new StageRefusalError('NOT_IN_SESSION');
    const decision = promotionDecision(me.role, target, moderator);
    if (!decision.ok) throw new StageRefusalError(decision.reason);
    const steps = decision.changed ? [{ command: { type: 'roleChanged', userId: targetUserId, role: decision.role } as StageCommand, actor: { kind: 'server' } as const }] : [];
    return (await this.deps.writes.apply(session, steps, now, t, effects, { promotedFrom: new Map([[targetUserId, decision.promotedFrom]]) }))!;
  }

  /** Publishes one person's current entry as a change (their Jitsi id changed). */
  private async announce(session: SessionRecord, userId: string, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    await this.deps.writes.apply(session, [], this.deps.clock(), t, effects, { announce: userId });
  }

  private async panelSession(viewer: Viewer, sessionId: string): Promise<SessionRecord> {
    const session = await this.deps.sessions.find(viewer.accountId, sessionId);
    if (!session || session.state.status === 'ended') throw sessionGone();
    if (session.mode !== 'panel') throw new StageRefusalError(NOT_A_PANEL_SESSION);
    return session;
  }

  /** Only people inside the session act on its stage or see it. */
  private async inside(viewer: Viewer, session: SessionRecord, t?: Transaction): Promise<ParticipantRecord> {
    const me = await this.deps.participants.find(viewer.accountId, session.id, viewer.userId, t);
    if (!me || me.leftAt !== null || me.admittedAt === null) throw new StageRefusalError('NOT_IN_SESSION');
    return me;
  }
}
