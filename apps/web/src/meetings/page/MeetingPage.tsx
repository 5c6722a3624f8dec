import { useParams } from 'react-router-dom';
import { combineResources } from '../../api/combine-resources';
import { useMe } from '../../api/me';
import { useRoom } from '../../rooms/rooms-api';
import { PageErrorView } from '../../components/PageErrorView';
import { leaveDestination } from '../leave-destination';
import { useMeetingSession } from '../use-meeting-session';
import { toSafeHttpUrl } from '../../safe-url';
import { MeetingPageLoading, MeetingPageRoot } from './MeetingPageRoot';
import { MeetingScreen } from './MeetingScreen';
import { useGoTo } from './use-go-to';

/**
 * /rooms/:roomId/meeting: countdown, waiting room, the live meeting, or why not (SPEC
 * "Meetings"). Loaded lazily: Socket.IO and the Jitsi SDK stay out of the main bundle.
 */
export function MeetingPage({ roomId }: { roomId: string }) {
  const session = useMeetingSession(roomId);
  const me = useMe();
  const resources = combineResources(me, useRoom(roomId));
  const goTo = useGoTo();

  const destination = leaveDestination(me.status === 'success' ? me.data : null, toSafeHttpUrl);
  const onLeave = () => void session.leave().then(() => goTo(destination));
  const onBack = () => goTo(destination);

  const state = resources.status === 'success' ? session.state.view.kind : resources.status === 'error' ? 'error' : 'connecting';
  return (
    <MeetingPageRoot state={state}>
      {resources.status === 'success' && <MeetingScreen room={resources.data[1]} myUserId={resources.data[0].user.id} isAdministrator={resources.data[0].isAdministrator} session={session} onLeave={onLeave} onBack={onBack} />}
      {resources.status === 'loading' && <MeetingPageLoading />}
      {resources.status === 'error' && <PageErrorView error={resources.error} onRetry={resources.retry} />}
    </MeetingPageRoot>
  );
}

/** One page per room: going from one room's meeting to another's starts afresh (new state, new connection). */
export default function MeetingRoute() {
  const { roomId = '' } = useParams<{ roomId: string }>();
  return <MeetingPage key={roomId} roomId={roomId} />;
}
