import type { RoomBody } from '@lti-rooms/contracts';
import { useNavigate } from 'react-router-dom';
import { deleteRoom } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Button } from '../../ui';

/** What deleting means (soft, restorable for 30 days) and the one button that does it. */
export function DeleteTab({ room }: { room: RoomBody }) {
  const navigate = useNavigate();
  const remove = useAsyncAction(() => deleteRoom(room.id).then(() => true));

  async function onDelete() {
    if (await remove.run()) void navigate('/my-rooms', { state: { notice: `"${room.name}" was deleted. You can restore it for 30 days.` } });
  }

  return (
    <>
      <h2>Delete this room</h2>
      <p>
        Deleting <strong>{room.name}</strong> removes it from every course it is published in. Nobody can join it any more.
      </p>
      <p>
        You can restore it from <strong>My Rooms</strong> for 30 days, with its settings, collaborators and attendance. After
        that it is gone for good.
      </p>
      {remove.error && <ApiErrorAlert error={remove.error} title="The room could not be deleted" />}
      <Button className="button-danger" onClick={onDelete} disabled={remove.pending}>
        Delete room
      </Button>
    </>
  );
}
