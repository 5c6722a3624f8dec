import type { RoomBody } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { formatCountdown } from '../meeting-format';
import { useNow } from '../use-now';
import { formatSchedule } from '../../rooms/room-format';
import { browserZone } from '../../rooms/time-frame';
import { t, tRich } from '../../i18n';
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
    <section className="panel meeting-panel" aria-label={t('meetings.countdown.label')}>
      <p className="countdown-line">
        {tRich('meetings.countdown.opensIn', {
          // role="timer" is not announced at every tick, unlike a live region.
          countdown: (
            <strong className="countdown" data-testid="countdown" role="timer">
              {formatCountdown(Date.parse(opensAt) - now)}
            </strong>
          ),
        })}
      </p>
      <p data-testid="room-schedule">{formatSchedule(room.availability, zone)}</p>
      <p className="muted small">{t('meetings.countdown.keepOpen')}</p>
      <div className="button-row">
        <Button variant="secondary" onClick={onBack}>
          {t('meetings.backToCourse')}
        </Button>
      </div>
    </section>
  );
}
