import type { JitsiTokenBody, MeetingBody } from '@lti-rooms/contracts';
import { JITSI_TOKEN_TTL_SECONDS, jitsiMeetingConfig, jitsiTokenFeatures } from '@lti-rooms/domain';
import type { ParticipantRecord, SessionRecord } from '@lti-rooms/server-persistence';
import { JitsiDeployment, jitsiSigner, JitsiSigner } from '@lti-rooms/server-jitsi';

export type DeploymentLookup = (accountId: string) => Promise<JitsiDeployment>;

/** What a person's meeting body is built from: who they are and where they stand. */
export type AdmittedPerson = Pick<ParticipantRecord, 'id' | 'userId' | 'userName' | 'userEmail' | 'userPicture' | 'role' | 'stagePosition'>;

/** Builds what an admitted person's page embeds: the Jitsi configuration and their own JWT. */
export class MeetingPresenter {
  constructor(private readonly deployments: DeploymentLookup, private readonly clock: () => Date) {}

  /** One body per participant; the account's deployment (and its secret) is read once for the batch. */
  async meetings(session: SessionRecord, roomName: string, participants: readonly AdmittedPerson[]): Promise<Map<string, MeetingBody>> {
    const deployment = await this.deployments(session.accountId);
    const sign = jitsiSigner(deployment);
    const now = this.clock();
    // The configuration depends on the role and the stage position only: a class of 300 needs two.
    const configs = new Map<string, ReturnType<typeof jitsiMeetingConfig>>();
    const configFor = (role: ParticipantRecord['role'], onStage: boolean) => {
      const key = `${role}:${onStage}`;
      if (!configs.has(key)) configs.set(key, jitsiMeetingConfig({ mode: session.mode, features: session.features, chat: session.chat, role, onStage }));
      return configs.get(key)!;
    };
    const bodies = await Promise.all(participants.map((p) => this.body(deployment, sign, session, roomName, p, now, configFor)));
    return new Map(bodies.map((body) => [body.participantId, body]));
  }

  async meeting(session: SessionRecord, roomName: string, participant: AdmittedPerson): Promise<MeetingBody> {
    return (await this.meetings(session, roomName, [participant])).get(participant.id)!;
  }

  /** A fresh token for a seat, from the participant's role as the database has it now (a demoted moderator gets none). */
  async token(session: SessionRecord, participant: ParticipantRecord): Promise<JitsiTokenBody> {
    const deployment = await this.deployments(session.accountId);
    const now = this.clock();
    const jwt = await this.mint(jitsiSigner(deployment), session, participant, now);
    const expiresAt = jwt ? new Date(Math.floor(now.getTime() / 1000) * 1000 + JITSI_TOKEN_TTL_SECONDS * 1000).toISOString() : null;
    return { sessionId: session.id, participantId: participant.id, jwt, expiresAt };
  }

  private mint(sign: JitsiSigner, session: SessionRecord, p: AdmittedPerson, now: Date): Promise<string | null> {
    return sign({
      user: { id: p.userId, name: p.userName, email: p.userEmail, avatar: p.userPicture },
      moderator: p.role === 'host',
      room: session.jitsiRoom,
      features: jitsiTokenFeatures(session.features, p.role),
      ttlSeconds: JITSI_TOKEN_TTL_SECONDS,
    }, now);
  }

  private async body(
    deployment: JitsiDeployment, sign: JitsiSigner, session: SessionRecord, roomName: string, p: AdmittedPerson, now: Date,
    configs: (role: ParticipantRecord['role'], onStage: boolean) => ReturnType<typeof jitsiMeetingConfig>,
  ): Promise<MeetingBody> {
    const configFor = (onStage: boolean) => configs(p.role, onStage);
    const { configOverwrite, viewOnly } = configFor(session.mode === 'interactive' || p.stagePosition === 'on-stage');
    const jwt = await this.mint(sign, session, p, now);
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
      locked: session.locked,
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
