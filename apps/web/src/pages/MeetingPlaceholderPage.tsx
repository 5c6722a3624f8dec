import { Link, useParams } from 'react-router-dom';
import { Page } from '../ui';

/** Where the Jitsi meeting will be embedded; until then a placeholder with the way back. */
export function MeetingPlaceholderPage() {
  const { roomId = '' } = useParams<{ roomId: string }>();
  return (
    <Page title="Meeting" breadcrumb={<Link to={`/rooms/${encodeURIComponent(roomId)}`}>Back to the room</Link>}>
      <div className="panel" role="status">
        <p>The meeting starts here soon.</p>
      </div>
    </Page>
  );
}
