import type { RoomBody } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { formatCountdown } from '../meeting-format';
import { useNow } from '../use-now';
import { formatSchedule } from '../../rooms/room-format';
import { browserZone } from '../../rooms/time-frame';
import { Button } from '../../ui';

interface CountdownViewProps {
  room: RoomBody;
  opensAt: string;
  onBack: () => void;
}

/** Before the early-entry window: the time left until the waiting room opens (the page enters by itself then). */
export function CountdownView({ room, opensAt, onBack }: CountdownViewProps) {
  const now = useNow(1000);
  const zone = useMemo(browserZone, []);
  return (
    <section className="panel meeting-panel" aria-label="Countdown">
      <p className="countdown-line">
        The waiting room opens in{' '}
        {/* role="timer" is not announced at every tick, unlike a live region. */}
        <strong className="countdown" data-testid="countdown" role="timer">
          {formatCountdown(Date.parse(opensAt) - now)}
        </strong>
      </p>
      <p data-testid="room-schedule">{formatSchedule(room.availability, zone)}</p>
      <p className="muted small">Keep this page open: you enter the waiting room automatically.</p>
      <div className="button-row">
        <Button variant="secondary" onClick={onBack}>
          Back to the course
        </Button>
      </div>
    </section>
  );
}
