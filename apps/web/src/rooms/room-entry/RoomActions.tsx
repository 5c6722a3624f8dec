import type { RoomBody } from '@lti-rooms/contracts';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../ui';

/** Start Meeting for hosts, Join for everyone else who may enter, Edit for editors. */
export function RoomActions({ room }: { room: RoomBody }) {
  const navigate = useNavigate();
  const base = `/rooms/${encodeURIComponent(room.id)}`;
  const { start, join, edit } = room.permissions;
  if (!start && !join && !edit) return null;

  return (
    <div className="button-row">
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
