import { useMemo } from 'react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { t } from '../i18n';
import { browserZone } from '../rooms/time-frame';
import { useMyAttendance } from './attendance-api';
import { MyAttendanceView } from './MyAttendanceView';

/** A participant's own attendance and score; shown once there is something to show. */
export function MyAttendanceSection({ roomId }: { roomId: string }) {
  const mine = useMyAttendance(roomId);
  const zone = useMemo(browserZone, []);
  if (mine.status === 'loading') return null;
  if (mine.status === 'error') return <ApiErrorAlert error={mine.error} title={t('attendance.mine.loadError')} onRetry={mine.retry} />;
  if (mine.data.sessions.length === 0 && !mine.data.grading.enabled) return null;
  return <MyAttendanceView mine={mine.data} zone={zone} />;
}
