import type { AttendanceMatrix } from '@lti-rooms/contracts';
import { useState } from 'react';
import { ResourceView } from '../components/ResourceView';
import { formatNumber, t, tRich } from '../i18n';
import { formatShortDateTime } from '../rooms/room-format';
import { downloadAttendanceMatrix, useAttendanceMatrix } from './attendance-api';
import { DownloadButton } from './DownloadButton';
import { hiddenTag } from './hidden-tag';

/** The whole room at a glance, asked for only once it is opened: students × sessions with totals. */
export function AttendanceMatrixDetails({ roomId, zone }: { roomId: string; zone: string }) {
  const [opened, setOpened] = useState(false);
  const matrix = useAttendanceMatrix(roomId, opened);
  return (
    <details className="attendance-session" data-testid="attendance-matrix" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{t('attendance.matrix.summary')}</summary>
      {opened && (
        <ResourceView resource={matrix} loadingLabel={t('attendance.matrix.loading')} errorTitle={t('attendance.matrix.loadError')}>
          {(data) => (data.students.length === 0 ? <p className="muted">{t('attendance.matrix.noStudents')}</p> : <MatrixTable matrix={data} zone={zone} />)}
        </ResourceView>
      )}
      <div className="button-row">
        <DownloadButton download={() => downloadAttendanceMatrix(roomId, zone)} errorTitle={t('rooms.attendance.downloadError')}>
          {tRich('attendance.matrix.download', hiddenTag)}
        </DownloadButton>
      </div>
    </details>
  );
}

function MatrixTable({ matrix, zone }: { matrix: AttendanceMatrix; zone: string }) {
  const sessionTitle = (startedAt: string | null) => (startedAt ? formatShortDateTime(startedAt, zone) : t('meetingState.attendance.neverStarted'));
  const sessionCount = matrix.sessions.length;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('attendance.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.matrix.student')}</th>
            {matrix.sessions.map((session) => (
              <th scope="col" key={session.id}>
                {sessionTitle(session.startedAt)}
              </th>
            ))}
            <th scope="col">{t('attendance.matrix.totalMinutes')}</th>
            <th scope="col">{t('attendance.matrix.sessionsAttended')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.students.map((student) => (
            <tr key={student.userId} data-testid="attendance-matrix-row" data-user-id={student.userId}>
              <th scope="row" className="break-anywhere">
                {student.name}
              </th>
              {student.cells.map((cell) => (
                <td key={cell.sessionId} className="nowrap">
                  {t('attendance.matrix.cell', { minutes: cell.minutesPresent, percent: cell.percentOfSession / 100 })}
                </td>
              ))}
              <td>{formatNumber(student.totalMinutes)}</td>
              <td className="nowrap">{t('attendance.matrix.attendedOf', { attended: student.sessionsAttended, total: sessionCount })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('attendance.matrix.presentCount')}</th>
            {matrix.sessions.map((session) => (
              <td key={session.id}>{formatNumber(session.presentCount)}</td>
            ))}
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
