import type { Ack, CameraResult, JitsiTokenBody, MeetingBody } from '@lti-rooms/contracts';
import { useCallback, useState } from 'react';
import { formatInRoomCount } from '../meeting-format';
import type { MeetingPresence, MeetingProblem } from '../meeting-page-state';
import type { StageChannel } from '../../stage/stage-channel';
import { useStage } from '../../stage/use-stage';
import { t } from '../../i18n';
import { Alert, Button, ConfirmDialog, Loading } from '../../ui';
import { EndSessionButton } from './EndSessionButton';
import type { JitsiApi } from './jitsi-api';
import { JitsiEmbed } from './JitsiEmbed';
import { ParticipantsPanel } from '../../stage/ParticipantsPanel';
import { StageInvitationDialog } from '../../stage/StageInvitationDialog';
import { StageSelfControls } from '../../stage/StageSelfControls';
import { StageStrip } from '../../stage/StageStrip';
import { useCameraSlot } from './use-camera-slot';
import { useJitsiToken } from './use-jitsi-token';
import { useStageInvitation } from '../../stage/use-stage-invitation';
import { useStageJitsi } from '../../stage/use-stage-jitsi';
import { useVideoReconnect } from './use-video-reconnect';
import { useWaitingRoom } from './use-waiting-room';
import { WaitingRoomControls } from './WaitingRoomControls';
import type { WaitingChannel } from '../waiting-channel';
import { deviceTroubleText, frameBlocksDevicesNotice } from '../video/device-trouble-text';
import { jitsiRoomUrl } from '../video/jitsi-script';
import { useVideoHealth } from '../video/use-video-health';
import { VideoTroubleAlert } from '../video/VideoTroubleAlert';

interface MeetingViewProps {
  meeting: MeetingBody;
  /** Who I am (the LMS user): my entry on the stage. */
  myUserId: string;
  isAdministrator: boolean;
  presence: MeetingPresence | null;
  connectionLost: boolean;
  /** Entering again (after a reconnect) failed; the video goes on. */
  problem: MeetingProblem | null;
  onLeave: () => void;
  onEndForEveryone: () => Promise<MeetingProblem | null>;
  setCamera: (on: boolean) => Promise<CameraResult | null>;
  /** Asks for a fresh Jitsi token while the person is admitted (use-jitsi-token.ts). */
  renewJitsiToken: (sessionId: string) => Promise<Ack<JitsiTokenBody>>;
  stageChannel: StageChannel;
  /** Hosts: the lock and the waiting room. */
  waitingChannel: WaitingChannel;
  onRetry: () => void;
  onDismissProblem: () => void;
}

/** The live meeting: controls, notices, the stage of panel rooms, and the Jitsi video. */
export function MeetingView(props: MeetingViewProps) {
  const { meeting, myUserId, presence, connectionLost, problem, onLeave, setCamera, stageChannel, onRetry, onDismissProblem } = props;
  const camera = useCameraSlot(meeting, setCamera);
  const room = useStage({ channel: stageChannel, meeting, myUserId, presence });
  const jwt = useJitsiToken(meeting, props.renewJitsiToken);
  const video = useVideoReconnect(meeting, room.role, onRetry, jwt);
  const stageJitsi = useStageJitsi({
    meeting, embedMeeting: video.embedMeeting, stage: room.stage, me: room.me, role: room.role, myUserId, channel: stageChannel, onConferenceJoined: video.conferenceJoined,
  });
  const invitation = useStageInvitation(room);
  const health = useVideoHealth(video.embed);
  const waitingRoom = useWaitingRoom(props.waitingChannel, meeting, room.role === 'host');
  const { stage, me } = room;
  const isHost = room.role === 'host';
  // Hosts by their course or room role, and moderators a host made in this session.
  const canEnd = isHost;
  const [endProblem, setEndProblem] = useState<MeetingProblem | null>(null);

  const { attach: attachCamera } = camera;
  const { attach: attachStage } = stageJitsi;
  const { attach: attachHealth } = health;
  const onApiReady = useCallback(
    (api: JitsiApi) => {
      attachHealth(api);
      attachCamera(api);
      attachStage(api);
    },
    [attachHealth, attachCamera, attachStage],
  );

  return (
    <>
      <div className="meeting-toolbar" role="toolbar" aria-label={t('meetings.toolbar.label')}>
        <Button variant="secondary" onClick={onLeave}>
          {t('meetings.toolbar.leave')}
        </Button>
        {canEnd && <EndSessionButton onEndForEveryone={props.onEndForEveryone} onOutcome={setEndProblem} />}
        {stage && me && <StageSelfControls me={me} stage={stage} command={room.command} onRefused={room.setNotice} />}
        {presence && <span className="muted meeting-presence">{formatInRoomCount(presence.inRoomCount)}</span>}
      </div>

      {isHost && <WaitingRoomControls room={waitingRoom} />}

      <div className="meeting-notices" role="status">
        {camera.notice && <p>{camera.notice}</p>}
        {room.notice && <p>{room.notice}</p>}
        {video.notice && <p>{video.notice}</p>}
        {health.frameBlocksDevices && (
          <p>
            {frameBlocksDevicesNotice()} <a href={jitsiRoomUrl(video.embed)} target="_blank" rel="noopener noreferrer">{t('meetings.video.openInNewTab')}</a>
          </p>
        )}
        {health.devices.map((trouble) => (
          <p key={trouble.device}>{deviceTroubleText(trouble)}</p>
        ))}
        {connectionLost && <p>{t('meetings.notice.connectionLost')}</p>}
        {presence && !presence.hostPresent && !isHost && <p>{t('meetings.notice.noHost')}</p>}
      </div>

      {problem && (
        <Alert tone="error" title={t('meetings.problem.title')}>
          <p>{problem.message}</p>
          <div className="button-row">
            <Button variant="secondary" onClick={onRetry}>
              {t('meetings.tryAgain')}
            </Button>
            <Button variant="secondary" onClick={onDismissProblem}>
              {t('meetings.problem.dismiss')}
            </Button>
          </div>
        </Alert>
      )}
      {endProblem && (
        <Alert tone="error" title={t('meetings.endSession.failed')}>
          <p>{endProblem.message}</p>
        </Alert>
      )}

      {stage && <StageStrip stage={stage} />}
      <div className={stage && isHost ? 'meeting-layout meeting-layout-with-panel' : 'meeting-layout'}>
        <div className="meeting-video">
          {health.trouble && (
            <VideoTroubleAlert trouble={health.trouble} embed={video.embed} audience={props.isAdministrator ? 'administrator' : isHost ? 'host' : 'participant'} onRetry={health.retry} />
          )}
          {health.scriptReady ? (
            <JitsiEmbed
              // A demoted moderator's video connects anew (use-video-reconnect.ts), and so does a Retry; a reconnect alone keeps the call.
              key={`${video.generation}:${health.attempt}`}
              embed={video.embed}
              frameTitle={t('meetings.video.frameTitle', { room: meeting.roomName })}
              onApiReady={onApiReady}
              onReadyToClose={onLeave}
            />
          ) : (
            !health.trouble && <Loading label={t('meetings.video.loading')} />
          )}
        </div>
        {stage && isHost && <ParticipantsPanel stage={stage} myUserId={myUserId} command={room.command} />}
      </div>

      {stageJitsi.mediaConsent && (
        <ConfirmDialog
          title={t('meetings.mediaConsent.title')}
          confirmLabel={t('meetings.mediaConsent.confirm')}
          cancelLabel={t('meetings.mediaConsent.cancel')}
          onConfirm={() => stageJitsi.answerMediaConsent(true)}
          onCancel={() => stageJitsi.answerMediaConsent(false)}
        >
          <p>{t('meetings.mediaConsent.text')}</p>
        </ConfirmDialog>
      )}
      {invitation && (
        <StageInvitationDialog inviterName={invitation.inviterName} refusal={invitation.refusal} pending={invitation.pending} onJoin={invitation.join} onDecline={invitation.decline} />
      )}
    </>
  );
}
