import type { MyAttendance } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatNumber, t } from '../i18n';
import { formatShortDateTime } from '../rooms/room-format';
import { browserZone } from '../rooms/time-frame';
import { useMyAttendance } from './attendance-api';
import { formatLateness } from './attendance-format';

/** A participant's own attendance and score; shown once there is something to show. */
export function MyAttendanceSection({ roomId }: { roomId: string }) {
  const mine = useMyAttendance(roomId);
  const zone = useMemo(browserZone, []);
  if (mine.status === 'loading') return null;
  if (mine.status === 'error') return <ApiErrorAlert error={mine.error} title={t('attendance.mine.loadError')} onRetry={mine.retry} />;
  if (mine.data.sessions.length === 0 && !mine.data.grading.enabled) return null;
  return <MyAttendanceView mine={mine.data} zone={zone} />;
}

export function MyAttendanceView({ mine, zone }: { mine: MyAttendance; zone: string }) {
  const { grading, sessions, roomScore } = mine;
  const showScores = grading.enabled;
  const showLate = sessions.some((session) => session.lateMinutes !== null);
  return (
    <section className="panel" aria-labelledby="my-attendance-heading" data-testid="my-attendance">
      <h2 id="my-attendance-heading">{t('attendance.mine.heading')}</h2>
      {showScores && roomScore !== null && (
        <p data-testid="my-room-score">
          {t(grading.aggregation === 'average' ? 'attendance.mine.roomScoreAverage' : 'attendance.mine.roomScoreLast', { score: roomScore, max: grading.maxScore })}
        </p>
      )}
      {sessions.length === 0 ? (
        <p className="muted">{t('attendance.mine.noSessions')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('attendance.mine.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attendance.mine.session')}</th>
                <th scope="col">{t('rooms.attendance.minutesPresent')}</th>
                <th scope="col">{t('attendance.percentOfSession')}</th>
                {showLate && <th scope="col">{t('attendance.late')}</th>}
                {showScores && <th scope="col">{t('attendance.mine.score')}</th>}
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} data-testid="my-attendance-session" data-session-id={session.id}>
                  <th scope="row" className="nowrap">
                    {session.startedAt ? formatShortDateTime(session.startedAt, zone) : t('meetingState.attendance.neverStarted')}
                  </th>
                  <td>{formatNumber(session.minutesPresent)}</td>
                  <td>{formatNumber(session.percentOfSession / 100, { style: 'percent' })}</td>
                  {showLate && <td className="nowrap">{formatLateness(session.lateMinutes)}</td>}
                  {showScores && <td className="nowrap">{session.score === null ? '' : t('attendance.mine.scoreOf', { score: session.score, max: grading.maxScore })}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
