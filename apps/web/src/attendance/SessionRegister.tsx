import type { SessionAttendance } from '@lti-rooms/contracts';
import { formatList, formatNumber, t } from '../i18n';
import { formatAttendanceTime, formatLateness, formatSegment, formatShare } from './attendance-format';

const minutes = (value: number) => t('attendance.minutes', { minutes: value });

/** One session's register: who came, when, for how long, on stage and on camera. */
export function SessionRegister({ session, zone, caption }: { session: SessionAttendance; zone: string; caption: string }) {
  // On-stage minutes mean something only in panel sessions; arrival only when there was a schedule.
  const stage = session.mode === 'panel';
  const scheduled = session.scheduledStartAt !== null;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rooms.attendance.name')}</th>
            <th scope="col">{t('rooms.attendance.firstJoin')}</th>
            <th scope="col">{t('rooms.attendance.lastLeave')}</th>
            <th scope="col">{t('attendance.col.segments')}</th>
            <th scope="col">{t('rooms.attendance.minutesPresent')}</th>
            <th scope="col">{t('attendance.col.percent')}</th>
            {stage && <th scope="col">{t('attendance.col.onStage')}</th>}
            <th scope="col">{t('attendance.col.camera')}</th>
            {scheduled && <th scope="col">{t('attendance.col.late')}</th>}
          </tr>
        </thead>
        <tbody>
          {session.rows.map((row) => (
            <tr key={row.userId} data-testid="attendance-row">
              <th scope="row" className="break-anywhere">
                {row.name}
              </th>
              <td className="nowrap">{formatAttendanceTime(row.firstJoinAt, session.startedAt, zone)}</td>
              <td className="nowrap">{row.lastLeaveAt ? formatAttendanceTime(row.lastLeaveAt, session.startedAt, zone) : t('rooms.attendance.stillInSession')}</td>
              <td>
                {/* One text for all stretches, as the page's language lists things ("10:02–10:31 and 10:33–10:58"): read as a list, not run together. */}
                {formatList(row.segments.map((segment) => formatSegment(segment, zone)))}
              </td>
              <td>{formatNumber(row.minutesPresent)}</td>
              <td>{formatShare(row.percentOfSession)}</td>
              {stage && <td>{minutes(row.onStageMinutes ?? 0)}</td>}
              <td>{minutes(row.cameraOnMinutes)}</td>
              {scheduled && <td>{formatLateness(row.lateMinutes)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The course roster's students who never came (scheduled sessions). */
export function AbsentList({ absentees }: { absentees: NonNullable<SessionAttendance['absentees']> }) {
  if (absentees.length === 0) return <p className="muted">{t('attendance.absent.none')}</p>;
  return (
    <div data-testid="absentees">
      <h4>{t('attendance.absent.heading', { count: absentees.length })}</h4>
      <ul className="tag-list">
        {absentees.map((person) => (
          <li key={person.ltiUserId}>{person.name}</li>
        ))}
      </ul>
    </div>
  );
}
