import { useMemo } from 'react';
import { ResourceView } from '../components/ResourceView';
import { formatNumber, t } from '../i18n';
import { browserZone } from '../rooms/time-frame';
import { useMyAttendance } from './attendance-api';
import { formatLateness, formatSessionPeriod, formatShare } from './attendance-format';

/** A student's own attendance in the room and the grade it earns; never anyone else's. */
export function MyAttendanceSection({ roomId }: { roomId: string }) {
  const mine = useMyAttendance(roomId);
  const zone = useMemo(browserZone, []);
  return (
    <section className="panel" aria-labelledby="my-attendance-heading" data-testid="my-attendance">
      <h2 id="my-attendance-heading">{t('attendance.mine.heading')}</h2>
      <ResourceView resource={mine} loadingLabel={t('attendance.mine.loading')} errorTitle={t('attendance.mine.loadError')}>
        {({ sessions, grading, roomScore }) =>
          sessions.length === 0 ? (
            <p className="muted">{t('attendance.mine.none')}</p>
          ) : (
            <>
              {grading.enabled && roomScore !== null && grading.aggregation === 'average' && (
                <p data-testid="my-room-score">{t('attendance.mine.roomScore', { score: roomScore, max: grading.maxScore })}</p>
              )}
              <div className="table-scroll" role="region" aria-label={t('attendance.mine.caption')} tabIndex={0}>
                <table className="data-table">
                  <caption className="visually-hidden">{t('attendance.mine.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('attendance.mine.session')}</th>
                      <th scope="col">{t('rooms.attendance.minutesPresent')}</th>
                      <th scope="col">{t('attendance.col.percent')}</th>
                      <th scope="col">{t('attendance.col.late')}</th>
                      {grading.enabled && <th scope="col">{t('attendance.mine.score')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {sessions.map((session) => (
                      <tr key={session.id} data-testid="my-attendance-row">
                        <th scope="row">{formatSessionPeriod({ status: 'ended', startedAt: session.startedAt, endedAt: session.endedAt }, zone)}</th>
                        <td>{formatNumber(session.minutesPresent)}</td>
                        <td>{formatShare(session.percentOfSession)}</td>
                        <td>{formatLateness(session.lateMinutes)}</td>
                        {grading.enabled && <td>{session.score === null ? '' : t('attendance.mine.scoreValue', { score: session.score, max: grading.maxScore })}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
