import type { MeetingBody, StageParticipantBody } from '@lti-rooms/contracts';
import type { SessionRole } from '@lti-rooms/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StageChannel } from './stage-channel';
import { hostJitsiCommands, hostJoinCommands, ownMediaSteps, type JitsiCommand, type OwnMediaStep } from './stage-jitsi';
import type { StageView } from './stage-state';
import type { ConferenceJoined, JitsiApi } from '../meetings/page/jitsi-api';

interface StageJitsiInput {
  /** The current meeting body: its stage configurations. */
  meeting: MeetingBody;
  /** The body the running embed was built from: whether its media started on. */
  embedMeeting: MeetingBody;
  stage: StageView | null;
  me: StageParticipantBody | null;
  myUserId: string;
  role: SessionRole;
  channel: StageChannel;
  /** The running embed's conference is joined. */
  onConferenceJoined: () => void;
}

function run(api: JitsiApi, commands: readonly JitsiCommand[]): void {
  for (const { name, args } of commands) api.executeCommand(name, ...args);
}

async function runOwnMediaSteps(api: JitsiApi, steps: OwnMediaStep[], stageConfig: MeetingBody['jitsi']['stageConfig'], alive: () => boolean): Promise<void> {
  for (const step of steps) {
    if (!alive()) return;
    if (step.kind === 'config') {
      const config = stageConfig?.[step.config];
      if (config) api.executeCommand('overwriteConfig', config);
      continue;
    }
    const muted = step.medium === 'audio' ? await api.isAudioMuted() : await api.isVideoMuted();
    if (alive() && muted === step.on) api.executeCommand(step.medium === 'audio' ? 'toggleAudio' : 'toggleVideo');
  }
}

/**
 * The stage in Jitsi (SPEC "Video: Jitsi"). Every page tells the server its conference id.
 * Hosts' pages switch Jitsi's audio and video moderation on and let each person's media
 * through as they go on stage (meetings/stage-jitsi.ts decides which commands). My own
 * page gives me the stage toolbar and turns my camera and microphone on when I go on
 * stage, and off again when I leave it.
 */
export interface StageJitsi {
  attach: (api: JitsiApi) => void;
  /** Made a moderator from the audience: asking whether to turn camera and microphone on. */
  mediaConsent: boolean;
  answerMediaConsent: (turnOn: boolean) => void;
}

export function useStageJitsi(input: StageJitsiInput): StageJitsi {
  const { meeting, embedMeeting, stage, me, myUserId, role } = input;
  const panel = meeting.mode === 'panel';
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  const current = useRef<JitsiApi | null>(null);
  /** The embed whose conference is joined: commands before that would go nowhere. */
  const [joined, setJoined] = useState<JitsiApi | null>(null);
  /** Whether my media is (being) switched on in the running embed. */
  const mediaOnStage = useRef(!embedMeeting.viewOnly);
  const mediaQueue = useRef(Promise.resolve());
  /** A conference id the server has not acknowledged (the connection was down): sent again on re-entry. */
  const unsentJitsiId = useRef<string | null>(null);
  /** My id in the running conference. */
  const ownJitsiId = useRef<string | null>(null);

  const announce = useCallback((jitsiParticipantId: string) => {
    const { channel, meeting: body } = latest.current;
    unsentJitsiId.current = jitsiParticipantId;
    void channel.jitsiJoined(body.sessionId, jitsiParticipantId).then((ack) => {
      if (ack.ok && unsentJitsiId.current === jitsiParticipantId) unsentJitsiId.current = null;
    });
  }, []);

  const attach = useCallback(
    (api: JitsiApi) => {
      current.current = api;
      setJoined(null);
      mediaOnStage.current = !latest.current.embedMeeting.viewOnly;
      api.on('videoConferenceJoined', (payload: ConferenceJoined) => {
        if (current.current !== api || typeof payload?.id !== 'string') return;
        ownJitsiId.current = payload.id;
        announce(payload.id);
        const now = latest.current;
        if (now.meeting.mode === 'panel' && now.role === 'host') run(api, hostJoinCommands(now.stage, now.myUserId));
        setJoined(api);
        now.onConferenceJoined();
      });
      // Turning my media on may reach Jitsi before a host's approval does; then moderation
      // holds it. When Jitsi reports the approval, turn that medium on again.
      api.on('moderationParticipantApproved', (payload: { id?: string; participantId?: string; mediaType?: string }) => {
        const id = payload?.id ?? payload?.participantId;
        if (current.current !== api || !id || id !== ownJitsiId.current || !mediaOnStage.current) return;
        const medium = payload.mediaType === 'video' ? 'video' : 'audio';
        mediaQueue.current = mediaQueue.current
          .then(() => runOwnMediaSteps(api, [{ kind: 'media', medium, on: true }], null, () => current.current === api && mediaOnStage.current))
          .catch((error: unknown) => console.warn('could not turn the media on after approval', error));
      });
    },
    [announce],
  );

  const firstMeeting = useRef(meeting);
  useEffect(() => {
    if (meeting !== firstMeeting.current && unsentJitsiId.current) announce(unsentJitsiId.current);
  }, [meeting, announce]);

  // Hosts: other people's media follows their place on the stage.
  const previousStage = useRef(stage);
  useEffect(() => {
    const before = previousStage.current;
    previousStage.current = stage;
    if (!joined || !panel || role !== 'host' || !before || !stage || before === stage) return;
    run(joined, hostJitsiCommands(before, stage, myUserId));
  }, [stage, joined, panel, role, myUserId]);

  // Made a moderator while on stage: the stage toolbar again, with the moderator's buttons.
  // (Before the media effect: a promotion that also moves me on stage is that effect's job.)
  const previousRole = useRef(role);
  useEffect(() => {
    const before = previousRole.current;
    previousRole.current = role;
    const config = meeting.jitsi.stageConfig?.onStage;
    if (joined && panel && before !== 'host' && role === 'host' && mediaOnStage.current && config) joined.executeCommand('overwriteConfig', config);
  }, [role, joined, panel, meeting.jitsi.stageConfig]);

  const switchMedia = useCallback((api: JitsiApi, steps: OwnMediaStep[]) => {
    const stageConfig = latest.current.meeting.jitsi.stageConfig;
    mediaQueue.current = mediaQueue.current
      .then(() => runOwnMediaSteps(api, steps, stageConfig, () => current.current === api))
      .catch((error: unknown) => console.warn('could not switch the media for the stage', error));
  }, []);

  // My own media follows my place on the stage, one switch at a time. Made a moderator from
  // the audience, I am on stage by that role, but my camera and microphone go on only when
  // I say so: an invitation asks, and so does this (mediaConsent).
  const wantsOnStage = me ? me.position === 'on-stage' : !embedMeeting.viewOnly;
  const [mediaConsent, setMediaConsent] = useState(false);
  const promotedFromAudience = wantsOnStage && role === 'host' && me?.promoted === true;
  useEffect(() => {
    if (!joined || !panel || wantsOnStage === mediaOnStage.current) return;
    mediaOnStage.current = wantsOnStage;
    setMediaConsent(promotedFromAudience);
    switchMedia(joined, promotedFromAudience ? [{ kind: 'config', config: 'onStage' }] : ownMediaSteps(wantsOnStage));
  }, [wantsOnStage, promotedFromAudience, joined, panel, switchMedia]);

  const answerMediaConsent = useCallback(
    (turnOn: boolean) => {
      setMediaConsent(false);
      if (turnOn && joined && mediaOnStage.current) switchMedia(joined, ownMediaSteps(true));
    },
    [joined, switchMedia],
  );

  // Disposed with the view: late answers must not command a closed frame.
  useEffect(
    () => () => {
      current.current = null;
    },
    [],
  );

  return { attach, mediaConsent: mediaConsent && wantsOnStage, answerMediaConsent };
}
