import type { SessionAttendance } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { downloadAttendanceCsv, useAttendance } from '../../meetings/attendance-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ResourceView } from '../../components/ResourceView';
import { formatAttendanceTime, formatSessionPeriod } from '../../meetings/attendance-format';
import { formatNumber, t, tRich } from '../../i18n';
import { browserZone } from '../time-frame';
import { Button, VisuallyHidden } from '../../ui';

/** Who came to each session of the room, for its owners and co-editors (SPEC "Attendance"). */
export function AttendanceSection({ roomId }: { roomId: string }) {
  const attendance = useAttendance(roomId);
  const zone = useMemo(browserZone, []);
  return (
    <section className="panel" aria-labelledby="attendance-heading" data-testid="attendance">
      <div className="section-heading-row">
        <h2 id="attendance-heading">{t('rooms.attendance.heading')}</h2>
        {attendance.status === 'success' && (
          <Button variant="secondary" onClick={attendance.reload}>
            {tRich('rooms.attendance.refresh', { hidden: (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden> })}
          </Button>
        )}
      </div>
      <ResourceView resource={attendance} loadingLabel={t('rooms.attendance.loading')} errorTitle={t('rooms.attendance.loadError')}>
        {({ sessions }) =>
          sessions.length === 0 ? (
            <p className="muted">{t('rooms.attendance.noSessions')}</p>
          ) : (
            // The server lists the newest first: that one is open, older ones fold away.
            sessions.map((session, index) => <SessionAttendanceDetails key={session.id} roomId={roomId} session={session} zone={zone} open={index === 0} />)
          )
        }
      </ResourceView>
    </section>
  );
}

interface SessionAttendanceDetailsProps {
  roomId: string;
  session: SessionAttendance;
  zone: string;
  open: boolean;
}

function SessionAttendanceDetails({ roomId, session, zone, open }: SessionAttendanceDetailsProps) {
  const period = formatSessionPeriod(session, zone);
  const download = useAsyncAction(() => downloadAttendanceCsv(roomId, session.id, zone));
  return (
    <details className="attendance-session" open={open} data-testid="attendance-session" data-session-id={session.id}>
      <summary>{period}</summary>
      {session.rows.length === 0 ? (
        <p className="muted">{t('rooms.attendance.nobody')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('rooms.attendance.caption', { period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rooms.attendance.name')}</th>
                <th scope="col">{t('rooms.attendance.firstJoin')}</th>
                <th scope="col">{t('rooms.attendance.lastLeave')}</th>
                <th scope="col">{t('rooms.attendance.minutesPresent')}</th>
              </tr>
            </thead>
            <tbody>
              {session.rows.map((row) => (
                <tr key={row.userId}>
                  <th scope="row" className="break-anywhere">
                    {row.name}
                  </th>
                  <td className="nowrap">{formatAttendanceTime(row.firstJoinAt, session.startedAt, zone)}</td>
                  <td>{row.lastLeaveAt ? <span className="nowrap">{formatAttendanceTime(row.lastLeaveAt, session.startedAt, zone)}</span> : t('rooms.attendance.stillInSession')}</td>
                  <td>{formatNumber(row.minutesPresent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <Button variant="secondary" aria-disabled={download.pending || undefined} onClick={() => !download.pending && void download.run()}>
          {tRich('rooms.attendance.download', { period, hidden: (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden> })}
        </Button>
      </div>
      {download.error && <ApiErrorAlert error={download.error} title={t('rooms.attendance.downloadError')} />}
    </details>
  );
}
