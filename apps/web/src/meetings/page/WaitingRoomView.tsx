import type { RoomBody } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { formatWaitingCount } from '../meeting-format';
import { formatSchedule } from '../../rooms/room-format';
import { browserZone } from '../../rooms/time-frame';
import { Button, Spinner } from '../../ui';

interface WaitingRoomViewProps {
  room: RoomBody;
  waitingCount: number;
  onLeave: () => void;
}

/** Waiting for a host (or for the start time): the page moves into the meeting by itself, without a reload. */
export function WaitingRoomView({ room, waitingCount, onLeave }: WaitingRoomViewProps) {
  const zone = useMemo(browserZone, []);
  return (
    <section className="panel meeting-panel" aria-label="Waiting room">
      {room.availability.kind === 'scheduled' && <p data-testid="room-schedule">{formatSchedule(room.availability, zone)}</p>}
      <div className="waiting-status">
        <Spinner />
        <p role="status">Waiting for the host to start the meeting…</p>
      </div>
      <p data-testid="waiting-count">{formatWaitingCount(waitingCount)}</p>
      <p className="muted small">You join automatically as soon as the meeting starts. Keep this page open.</p>
      <div className="button-row">
        <Button variant="secondary" onClick={onLeave}>
          Leave
        </Button>
      </div>
    </section>
  );
}
