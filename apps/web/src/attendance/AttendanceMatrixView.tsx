import { useState } from 'react';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ResourceView } from '../components/ResourceView';
import { formatNumber, t, tRich } from '../i18n';
import { formatShortDateTime } from '../rooms/room-format';
import { Button, VisuallyHidden } from '../ui';
import { downloadAttendanceMatrix, useAttendanceMatrix } from './attendance-api';

/** The room's students × sessions, with totals; loaded when opened. */
export function AttendanceMatrixView({ roomId, zone }: { roomId: string; zone: string }) {
  const [open, setOpen] = useState(false);
  const matrix = useAttendanceMatrix(roomId, open);
  const download = useAsyncAction(() => downloadAttendanceMatrix(roomId, zone));
  return (
    <details className="attendance-matrix" data-testid="attendance-matrix" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('attendance.matrix.show')}</summary>
      {open && (
        <ResourceView resource={matrix} loadingLabel={t('attendance.matrix.loading')} errorTitle={t('attendance.matrix.loadError')}>
          {({ sessions, students }) => (
            <>
              <div className="table-scroll" role="region" aria-label={t('attendance.matrix.caption')} tabIndex={0}>
                <table className="data-table">
                  <caption className="visually-hidden">{t('attendance.matrix.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('attendance.matrix.student')}</th>
                      {sessions.map((session) => (
                        <th scope="col" key={session.id}>
                          {session.startedAt ? formatShortDateTime(session.startedAt, zone) : ''}
                          <br />
                          <span className="small muted">{t('attendance.matrix.present', { count: session.presentCount })}</span>
                        </th>
                      ))}
                      <th scope="col">{t('attendance.matrix.total')}</th>
                      <th scope="col">{t('attendance.matrix.attended')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {students.map((student) => (
                      <tr key={student.userId}>
                        <th scope="row" className="break-anywhere">
                          {student.name}
                        </th>
                        {student.cells.map((cell) => (
                          <td key={cell.sessionId}>{t('attendance.minutes', { minutes: cell.minutesPresent })}</td>
                        ))}
                        <td>{t('attendance.minutes', { minutes: student.totalMinutes })}</td>
                        <td>{formatNumber(student.sessionsAttended)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="button-row">
                <Button variant="secondary" aria-disabled={download.pending || undefined} onClick={() => !download.pending && void download.run()}>
                  {tRich('attendance.matrix.download', { hidden: (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden> })}
                </Button>
              </div>
              {download.error && <ApiErrorAlert error={download.error} title={t('rooms.attendance.downloadError')} />}
            </>
          )}
        </ResourceView>
      )}
    </details>
  );
}
