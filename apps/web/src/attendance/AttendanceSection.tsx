import type { GradeDelivery, SessionAttendance } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ResourceView } from '../components/ResourceView';
import { t, tRich } from '../i18n';
import { browserZone } from '../rooms/time-frame';
import { Button, VisuallyHidden } from '../ui';
import { downloadSessionAttendance, useAttendance, useGradeDeliveries } from './attendance-api';
import { formatSessionPeriod } from './attendance-format';
import { AttendanceMatrixView } from './AttendanceMatrixView';
import { GradeDeliveryStatus } from './GradeDeliveryStatus';
import { AbsentList, SessionRegister } from './SessionRegister';

/** Who came to each session of the room, and where its grades are, for its owners and co-editors (SPEC "Attendance and grades"). */
export function AttendanceSection({ roomId, canResend }: { roomId: string; canResend: boolean }) {
  const attendance = useAttendance(roomId);
  const deliveries = useGradeDeliveries(roomId);
  const zone = useMemo(browserZone, []);
  const bySession = new Map<string, GradeDelivery[]>();
  if (deliveries.status === 'success') for (const d of deliveries.data.deliveries) bySession.set(d.sessionId, [...(bySession.get(d.sessionId) ?? []), d]);
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
            <>
              {/* The server lists the newest first: that one is open, older ones fold away. */}
              {sessions.map((session, index) => (
                <SessionAttendanceDetails
                  key={session.id} roomId={roomId} session={session} zone={zone} open={index === 0} deliveries={bySession.get(session.id) ?? []} canResend={canResend}
                  gradingEnabled={deliveries.status === 'success' && deliveries.data.gradingEnabled}
                />
              ))}
              <AttendanceMatrixView roomId={roomId} zone={zone} />
            </>
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
  deliveries: GradeDelivery[];
  gradingEnabled: boolean;
  canResend: boolean;
}

function SessionAttendanceDetails({ roomId, session, zone, open, deliveries, canResend, gradingEnabled }: SessionAttendanceDetailsProps) {
  const period = formatSessionPeriod(session, zone);
  const download = useAsyncAction((format: 'csv' | 'xlsx') => downloadSessionAttendance(roomId, session.id, zone, format));
  const hidden = (chunks: React.ReactNode[]) => <VisuallyHidden>{chunks}</VisuallyHidden>;
  return (
    <details className="attendance-session" open={open} data-testid="attendance-session" data-session-id={session.id}>
      <summary>{period}</summary>
      {session.rows.length === 0 ? (
        <p className="muted">{t('rooms.attendance.nobody')}</p>
      ) : (
        <SessionRegister session={session} zone={zone} caption={t('rooms.attendance.caption', { period })} />
      )}
      {session.absentees && <AbsentList absentees={session.absentees} />}
      <GradeDeliveryStatus
        roomId={roomId} sessionId={session.id} sessionEnded={session.status === 'ended'} gradingEnabled={gradingEnabled}
        deliveries={deliveries} period={period} zone={zone} canResend={canResend}
      />
      <div className="button-row">
        <Button variant="secondary" aria-disabled={download.pending || undefined} onClick={() => !download.pending && void download.run('csv')}>
          {tRich('rooms.attendance.download', { period, hidden })}
        </Button>
        <Button variant="secondary" aria-disabled={download.pending || undefined} onClick={() => !download.pending && void download.run('xlsx')}>
          {tRich('attendance.downloadXlsx', { period, hidden })}
        </Button>
      </div>
      {download.error && <ApiErrorAlert error={download.error} title={t('rooms.attendance.downloadError')} />}
    </details>
  );
}
