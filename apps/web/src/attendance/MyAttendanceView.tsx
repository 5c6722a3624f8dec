import type { MyAttendance } from '@lti-rooms/contracts';
import { formatNumber, t } from '../i18n';
import { formatShortDateTime } from '../rooms/room-format';
import { formatLateness } from './attendance-format';

/** A participant's own sessions: minutes, share, lateness, and the score when the room is graded. */
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
