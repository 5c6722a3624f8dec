import type { MeetingBody } from '@lti-rooms/contracts';
import { jitsiMeetingConfig, jitsiTokenFeatures } from '@lti-rooms/domain';
import type { ParticipantRecord, SessionRecord } from '@lti-rooms/server-persistence';
import { JitsiDeployment, mintJitsiToken } from '../jitsi/jitsi-token';

/**
 * How long a Jitsi token is valid. Jitsi checks it when someone joins and again when their
 * connection to the conference is re-established: long enough for a class's reconnects,
 * useless by the next class if it leaks.
 */
export const JITSI_TOKEN_TTL_SECONDS = 2 * 3600;

export type DeploymentLookup = (accountId: string) => Promise<JitsiDeployment>;

/** Builds what an admitted person's page embeds: the Jitsi configuration and their own JWT. */
export class MeetingPresenter {
  constructor(private readonly deployments: DeploymentLookup, private readonly clock: () => Date) {}

  /** One body per participant; the account's deployment (and its secret) is read once for the batch. */
  async meetings(session: SessionRecord, roomName: string, participants: readonly ParticipantRecord[]): Promise<Map<string, MeetingBody>> {
    const deployment = await this.deployments(session.accountId);
    const now = this.clock();
    // The configuration depends on the role and the stage position only: a class of 300 needs two.
    const configs = new Map<string, ReturnType<typeof jitsiMeetingConfig>>();
    const configFor = (role: ParticipantRecord['role'], onStage: boolean) => {
      const key = `${role}:${onStage}`;
      if (!configs.has(key)) configs.set(key, jitsiMeetingConfig({ mode: session.mode, features: session.features, chat: session.chat, role, onStage }));
      return configs.get(key)!;
    };
    const bodies = await Promise.all(participants.map((p) => this.body(deployment, session, roomName, p, now, configFor)));
    return new Map(bodies.map((body) => [body.participantId, body]));
  }

  async meeting(session: SessionRecord, roomName: string, participant: ParticipantRecord): Promise<MeetingBody> {
    return (await this.meetings(session, roomName, [participant])).get(participant.id)!;
  }

  private async body(
    deployment: JitsiDeployment, session: SessionRecord, roomName: string, p: ParticipantRecord, now: Date,
    configs: (role: ParticipantRecord['role'], onStage: boolean) => ReturnType<typeof jitsiMeetingConfig>,
  ): Promise<MeetingBody> {
    const host = p.role === 'host';
    const configFor = (onStage: boolean) => configs(p.role, onStage);
    const { configOverwrite, viewOnly } = configFor(session.mode === 'interactive' || p.stagePosition === 'on-stage');
    const jwt = await mintJitsiToken(deployment, {
      user: { id: p.userId, name: p.userName, email: p.userEmail, avatar: p.userPicture },
      moderator: host,
      room: session.jitsiRoom,
      features: jitsiTokenFeatures(session.features, p.role),
      ttlSeconds: JITSI_TOKEN_TTL_SECONDS,
    }, now);
    const startedAt = session.state.status === 'waiting' ? now : session.state.startedAt ?? now;
    return {
      sessionId: session.id,
      participantId: p.id,
      roomId: session.roomId,
      roomName,
      mode: session.mode,
      role: p.role,
      startedAt: startedAt.toISOString(),
      viewOnly,
      cameraOnCap: session.features.cameraOnCap,
      jitsi: {
        provider: deployment.kind === 'jaas' ? 'jaas' : 'jitsi',
        domain: deployment.domain,
        roomName: session.jitsiRoom,
        appId: deployment.kind === 'jaas' ? deployment.appId : null,
        jwt,
        configOverwrite,
        stageConfig: session.mode === 'panel' ? { onStage: configFor(true).configOverwrite, viewer: configFor(false).configOverwrite } : null,
        interfaceConfigOverwrite: {},
        userInfo: { displayName: p.userName, ...(p.userEmail ? { email: p.userEmail } : {}) },
      },
    };
  }
}
