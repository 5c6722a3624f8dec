import type { GradeDelivery, SessionAttendance } from '@lti-rooms/contracts';
import { t, tRich } from '../i18n';
import { AbsentList } from './AbsentList';
import { downloadSessionAttendance } from './attendance-api';
import { formatSessionPeriod } from './attendance-format';
import { AttendanceTable } from './AttendanceTable';
import { DownloadButton } from './DownloadButton';
import { hiddenTag } from './hidden-tag';
import { SessionGradeDeliveries } from './SessionGradeDeliveries';

interface SessionAttendanceDetailsProps {
  roomId: string;
  session: SessionAttendance;
  deliveries: readonly GradeDelivery[];
  canResend: boolean;
  zone: string;
  open: boolean;
}

/** One session, folded: who came, who did not, the files, and where its grades are. */
export function SessionAttendanceDetails({ roomId, session, deliveries, canResend, zone, open }: SessionAttendanceDetailsProps) {
  const period = formatSessionPeriod(session, zone);
  return (
    <details className="attendance-session" open={open} data-testid="attendance-session" data-session-id={session.id}>
      <summary>{period}</summary>
      {session.rows.length === 0 ? <p className="muted">{t('rooms.attendance.nobody')}</p> : <AttendanceTable session={session} period={period} zone={zone} />}
      <AbsentList sessionId={session.id} absentees={session.absentees} />
      <SessionGradeDeliveries roomId={roomId} sessionId={session.id} period={period} deliveries={deliveries} canResend={canResend} zone={zone} />
      <div className="button-row">
        <DownloadButton download={() => downloadSessionAttendance(roomId, session.id, 'csv', zone)} errorTitle={t('rooms.attendance.downloadError')}>
          {tRich('rooms.attendance.download', { period, ...hiddenTag })}
        </DownloadButton>
        <DownloadButton download={() => downloadSessionAttendance(roomId, session.id, 'xlsx', zone)} errorTitle={t('rooms.attendance.downloadError')}>
          {tRich('attendance.download.xlsx', { period, ...hiddenTag })}
        </DownloadButton>
      </div>
    </details>
  );
}
