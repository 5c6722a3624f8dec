import type { RoomBody } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { formatCountdown, formatWaitingCount } from '../meeting-format';
import { useNow } from '../use-now';
import { formatSchedule, formatTime } from '../../rooms/room-format';
import { browserZone } from '../../rooms/time-frame';
import { t } from '../../i18n';
import { Button, Spinner } from '../../ui';

interface WaitingRoomViewProps {
  room: RoomBody;
  waitingCount: number;
  /** The meeting runs and a host lets people in one by one. */
  locked: boolean;
  onLeave: () => void;
}

/** Waiting for a host (or for the start time): the page moves into the meeting by itself, without a reload. */
export function WaitingRoomView({ room, waitingCount, locked, onLeave }: WaitingRoomViewProps) {
  const zone = useMemo(browserZone, []);
  const now = useNow(1_000);
  // Before its start a scheduled room opens by itself: say when, not that a host must come.
  const start = room.availability.kind === 'scheduled' ? room.availability.start : null;
  const untilStart = start ? Date.parse(start) - now : 0;
  return (
    <section className="panel meeting-panel" aria-label={t('meetings.waiting.label')}>
      {room.availability.kind === 'scheduled' && <p data-testid="room-schedule">{formatSchedule(room.availability, zone)}</p>}
      <div className="waiting-status">
        <Spinner />
        <p role="status">
          {locked
            ? t('meetings.waiting.locked')
            : start && untilStart > 0
              ? t('meetings.waiting.startsAt', { time: formatTime(start, zone) })
              : t('meetings.waiting.forHost')}
        </p>
      </div>
      {/* Outside the status region: a countdown read out every second would drown everything else. */}
      {!locked && start && untilStart > 0 && <p data-testid="waiting-countdown">{t('meetings.waiting.startsIn', { countdown: formatCountdown(untilStart) })}</p>}
      <p data-testid="waiting-count">{formatWaitingCount(waitingCount)}</p>
      <p className="muted small">{locked ? t('meetings.waiting.lockedKeepOpen') : t('meetings.waiting.keepOpen')}</p>
      <div className="button-row">
        <Button variant="secondary" onClick={onLeave}>
          {t('meetings.waiting.leave')}
        </Button>
      </div>
    </section>
  );
}
