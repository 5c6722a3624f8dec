import type { GradeDelivery } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ResourceView } from '../components/ResourceView';
import { t, tRich } from '../i18n';
import { browserZone } from '../rooms/time-frame';
import { Button } from '../ui';
import { useAttendance, useGradeDeliveries } from './attendance-api';
import { AttendanceMatrixDetails } from './AttendanceMatrixDetails';
import { hiddenTag } from './hidden-tag';
import { SessionAttendanceDetails } from './SessionAttendanceDetails';

const NO_DELIVERIES: readonly GradeDelivery[] = [];

/** Who came to each session of the room, and where their grades are, for its owners and co-editors (SPEC "Attendance"). */
export function AttendanceSection({ roomId, canResend }: { roomId: string; canResend: boolean }) {
  const attendance = useAttendance(roomId);
  const grades = useGradeDeliveries(roomId);
  const zone = useMemo(browserZone, []);
  // The register is useful without the grade status: a status that fails to load is said once, above it.
  const deliveries = grades.status === 'success' ? grades.data.deliveries : NO_DELIVERIES;
  return (
    <section className="panel" aria-labelledby="attendance-heading" data-testid="attendance">
      <div className="section-heading-row">
        <h2 id="attendance-heading">{t('rooms.attendance.heading')}</h2>
        {attendance.status === 'success' && (
          <Button
            variant="secondary"
            onClick={() => {
              attendance.reload();
              if (grades.status === 'success') grades.reload();
            }}
          >
            {tRich('rooms.attendance.refresh', hiddenTag)}
          </Button>
        )}
      </div>
      {grades.status === 'error' && <ApiErrorAlert error={grades.error} title={t('attendance.grades.loadError')} onRetry={grades.retry} />}
      <ResourceView resource={attendance} loadingLabel={t('rooms.attendance.loading')} errorTitle={t('rooms.attendance.loadError')}>
        {({ sessions }) =>
          sessions.length === 0 ? (
            <p className="muted">{t('rooms.attendance.noSessions')}</p>
          ) : (
            <>
              {/* The server lists the newest first: that one is open, older ones fold away. */}
              {sessions.map((session, index) => (
                <SessionAttendanceDetails key={session.id} roomId={roomId} session={session} deliveries={deliveries} canResend={canResend} zone={zone} open={index === 0} />
              ))}
              <AttendanceMatrixDetails roomId={roomId} zone={zone} />
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
