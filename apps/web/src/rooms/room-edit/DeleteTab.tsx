import type { RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatPeople } from '../room-format';
import { deleteRoom } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Button, ConfirmDialog } from '../../ui';

/** What deleting means (soft, restorable for 30 days) and the button that asks before it does it. */
export function DeleteTab({ room }: { room: RoomBody }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useAsyncAction(() => deleteRoom(room.id).then(() => true));
  const live = room.status.kind === 'live' ? room.status : null;

  async function onDelete() {
    const deleted = await remove.run();
    setAsking(false);
    if (deleted) void navigate('/my-rooms', { state: { notice: `"${room.name}" was deleted. You can restore it for 30 days.` } });
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
      <Button className="button-danger" onClick={() => setAsking(true)} disabled={remove.pending}>
        Delete room
      </Button>
      {asking && (
        <ConfirmDialog
          title={`Delete "${room.name}"?`}
          confirmLabel={live ? 'End the session and delete' : 'Delete room'}
          danger
          pending={remove.pending}
          onConfirm={() => void onDelete()}
          onCancel={() => setAsking(false)}
        >
          {/* Said outright: deleting a room with a running session ends it for everyone in it. */}
          {live && (
            <p data-testid="delete-live-warning">
              A session is running in this room with {formatPeople(live.participantCount)}. Deleting the room ends it for everyone at once.
            </p>
          )}
          <p>It leaves every course now; you can restore it from My Rooms for 30 days.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
