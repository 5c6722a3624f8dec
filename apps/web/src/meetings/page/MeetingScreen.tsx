import type { RoomBody } from '@lti-rooms/contracts';
import type { ReactNode } from 'react';
import type { MeetingSession } from '../use-meeting-session';
import { t } from '../../i18n';
import { Loading, Page, StatusMessage } from '../../ui';
import { CountdownView } from './CountdownView';
import { MeetingErrorView, RoomFullView, SessionEndedView } from './DeadEndViews';
import { MeetingView } from './MeetingView';
import { WaitingRoomView } from './WaitingRoomView';

interface MeetingScreenProps {
  room: RoomBody;
  /** The signed-in LMS user: their entry on a panel room's stage. */
  myUserId: string;
  /** Administrators are shown the way to the video service's setting when the video fails. */
  isAdministrator: boolean;
  session: MeetingSession;
  /** "Leave session", "Leave" and Jitsi's hang-up: leave, then go back to the course. */
  onLeave: () => void;
  /** "Back to the course" where there is no session to leave. */
  onBack: () => void;
}

/** The meeting page for what the session state says: one heading and body per state. */
export function MeetingScreen({ room, myUserId, isAdministrator, session, onLeave, onBack }: MeetingScreenProps) {
  const { state } = session;
  const { view } = state;
  const connectionLost = state.connection === 'lost';

  let title = room.name;
  let body: ReactNode;
  if (state.leaving) {
    body = <Loading label={t('meetings.leaving')} />;
  } else {
    switch (view.kind) {
      case 'connecting':
        body = <Loading label={connectionLost ? t('meetings.reconnecting') : t('meetings.opening.loading')} />;
        break;
      case 'countdown':
        body = <CountdownView room={room} opensAt={view.opensAt} onBack={onBack} />;
        break;
      case 'waiting':
        body = <WaitingRoomView room={room} waitingCount={view.waitingCount} locked={view.locked} onLeave={onLeave} />;
        break;
      case 'admitted':
        title = view.meeting.roomName;
        body = (
          <MeetingView
            // A new seat (another session) is a new call; the same seat resumed keeps the running one.
            key={`${view.meeting.sessionId}:${view.meeting.participantId}`}
            meeting={view.meeting}
            myUserId={myUserId}
            isAdministrator={isAdministrator}
            presence={view.presence}
            connectionLost={connectionLost}
            problem={state.problem}
            onLeave={onLeave}
            onEndForEveryone={session.endForEveryone}
            setCamera={session.setCamera}
            renewJitsiToken={session.renewJitsiToken}
            stageChannel={session.stage}
            waitingChannel={session.waiting}
            onRetry={session.enterAgain}
            onDismissProblem={session.dismissProblem}
          />
        );
        break;
      case 'full':
        title = t('meetings.full.title');
        body = <RoomFullView cap={view.cap} onTryAgain={session.enterAgain} onBack={onBack} />;
        break;
      case 'ended':
        title = t('meetings.ended.title');
        body = <SessionEndedView ended={view.ended} onRejoin={session.enterAgain} onBack={onBack} />;
        break;
      case 'error':
        body = <MeetingErrorView problem={view.problem} onTryAgain={session.enterAgain} onBack={onBack} />;
        break;
    }
  }

  // The meeting view says it in its own notices, next to the video.
  const connectionMessage = connectionLost && view.kind !== 'admitted' && !state.leaving ? t('meetings.connectionLost') : '';
  return (
    <Page title={title} wide={view.kind === 'admitted' && !state.leaving}>
      <StatusMessage message={connectionMessage} />
      {body}
    </Page>
  );
}
