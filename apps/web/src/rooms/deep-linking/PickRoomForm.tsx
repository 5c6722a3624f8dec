import type { RoomListItem } from '@lti-rooms/contracts';
import { useState, type FormEvent } from 'react';
import { roomModeLabel } from '../../text/mode-text';
import { t } from '../../i18n';
import { Button, FieldError } from '../../ui';

interface PickRoomFormProps {
  rooms: readonly RoomListItem[];
  zoneLabel: (room: RoomListItem) => string;
  pending: boolean;
  onPick: (room: RoomListItem) => void;
}

/** One of the user's existing rooms, as radios, and "Add to course". */
export function PickRoomForm({ rooms, zoneLabel, pending, onPick }: PickRoomFormProps) {
  const [roomId, setRoomId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  if (rooms.length === 0) return <p className="muted">{t('rooms.pick.empty')}</p>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const room = rooms.find((entry) => entry.id === roomId);
    if (!room) {
      setError(t('rooms.pick.required'));
      document.getElementById(`pick-${rooms[0].id}`)?.focus();
      return;
    }
    setError(undefined);
    onPick(room);
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <fieldset className="field" aria-describedby={error ? 'pick-room-error' : undefined}>
        <legend className="field-label">{t('rooms.myRooms.yourRooms')}</legend>
        {error && <FieldError id="pick-room-error">{error}</FieldError>}
        <div className="choice-cards">
          {rooms.map((room) => (
            <div className="choice-card" key={room.id}>
              <input
                type="radio"
                id={`pick-${room.id}`}
                name="pick-room"
                value={room.id}
                checked={roomId === room.id}
                aria-describedby={`pick-${room.id}-details`}
                onChange={() => setRoomId(room.id)}
              />
              <div>
                <label htmlFor={`pick-${room.id}`} className="choice-label">
                  {room.name}
                </label>
                <p id={`pick-${room.id}-details`} className="choice-description">
                  {t('rooms.pick.details', { mode: roomModeLabel(room), schedule: zoneLabel(room) })}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" aria-disabled={pending || undefined}>
          {t('rooms.pick.submit')}
        </Button>
      </div>
    </form>
  );
}
