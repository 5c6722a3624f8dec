import type { RoomBody } from '@lti-rooms/contracts';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../ui';

/** Start Meeting for hosts, Join for everyone else who may enter, Edit for editors. */
export function RoomActions({ room }: { room: RoomBody }) {
  const navigate = useNavigate();
  const base = `/rooms/${encodeURIComponent(room.id)}`;
  const { edit } = room.permissions;
  // A time frame that has ended lets nobody in, hosts included: to meet again, an editor moves it.
  const ended = room.status.kind === 'ended';
  const start = room.permissions.start && !ended;
  const join = room.permissions.join && !ended;
  if (!start && !join && !edit) return ended ? <p className="muted">This room's time frame has ended.</p> : null;

  return (
    <div className="button-row">
      {ended && <p className="muted">This room's time frame has ended.{edit && ' Edit it to set a new one.'}</p>}
      {start && <Button onClick={() => navigate(`${base}/meeting`)}>Start Meeting</Button>}
      {join && !start && <Button onClick={() => navigate(`${base}/meeting`)}>Join</Button>}
      {edit && (
        <Button variant="secondary" onClick={() => navigate(`${base}/edit`)}>
          Edit
        </Button>
      )}
    </div>
  );
}
