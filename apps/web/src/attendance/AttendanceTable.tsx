import type { SessionAttendance } from '@lti-rooms/contracts';
import { formatNumber, t } from '../i18n';
import { formatAttendanceTime, formatLateness, formatSegments } from './attendance-format';

interface AttendanceTableProps {
  session: SessionAttendance;
  period: string;
  zone: string;
}

/** Who came to one session: when, for how long, on stage and on camera, how late, and each stretch present. */
export function AttendanceTable({ session, period, zone }: AttendanceTableProps) {
  // Everyone is on stage in an interactive session: the column says something only in panel ones.
  const showStage = session.rows.some((row) => row.onStageMinutes !== null);
  const showLate = session.scheduledStartAt !== null;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('rooms.attendance.caption', { period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rooms.attendance.name')}</th>
            <th scope="col">{t('rooms.attendance.firstJoin')}</th>
            <th scope="col">{t('rooms.attendance.lastLeave')}</th>
            <th scope="col">{t('rooms.attendance.minutesPresent')}</th>
            <th scope="col">{t('attendance.percentOfSession')}</th>
            {showStage && <th scope="col">{t('attendance.onStageMinutes')}</th>}
            <th scope="col">{t('attendance.cameraOnMinutes')}</th>
            {showLate && <th scope="col">{t('attendance.late')}</th>}
            <th scope="col">{t('attendance.segments')}</th>
          </tr>
        </thead>
        <tbody>
          {session.rows.map((row) => (
            <tr key={row.userId} data-testid="attendance-row" data-user-id={row.userId}>
              <th scope="row" className="break-anywhere">
                {row.name}
              </th>
              <td className="nowrap">{formatAttendanceTime(row.firstJoinAt, session.startedAt, zone)}</td>
              <td>{row.lastLeaveAt ? <span className="nowrap">{formatAttendanceTime(row.lastLeaveAt, session.startedAt, zone)}</span> : t('rooms.attendance.stillInSession')}</td>
              <td>{formatNumber(row.minutesPresent)}</td>
              <td>{formatNumber(row.percentOfSession / 100, { style: 'percent' })}</td>
              {showStage && <td>{row.onStageMinutes === null ? '' : formatNumber(row.onStageMinutes)}</td>}
              <td>{formatNumber(row.cameraOnMinutes)}</td>
              {showLate && <td className="nowrap">{formatLateness(row.lateMinutes)}</td>}
              <td>{formatSegments(row.segments, zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
