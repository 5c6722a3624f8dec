import type { GradeDelivery } from '@lti-rooms/contracts';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { t, tRich, type MessageId } from '../i18n';
import { formatTime } from '../rooms/room-format';
import { Button, VisuallyHidden } from '../ui';
import { resendGrades } from './attendance-api';

const REFUSALS: Record<NonNullable<GradeDelivery['refusal']>, MessageId> = {
  SCOPE_MISSING: 'attendance.grades.refused.SCOPE_MISSING',
  LINE_ITEM_GONE: 'attendance.grades.refused.LINE_ITEM_GONE',
  REJECTED: 'attendance.grades.refused.REJECTED',
  NO_GRADE_SERVICE: 'attendance.grades.refused.NO_GRADE_SERVICE',
  GAVE_UP: 'attendance.grades.refused.GAVE_UP',
};

/** "Grades sent to the gradebook of Course: 27 of 28 · 1 pending — retrying at 10:42". */
function progressText(delivery: GradeDelivery, zone: string): string {
  const course = delivery.channelTitle;
  if (delivery.state === 'preparing') return t('attendance.grades.preparing', { course });
  const parts = [t('attendance.grades.progress', { course, sent: delivery.sent, total: delivery.total })];
  if (delivery.pending > 0) parts.push(t('attendance.grades.pending', { pending: delivery.pending }));
  const progress = parts.join(' · ');
  return delivery.retryAt ? `${progress} — ${t('attendance.grades.retrying', { time: formatTime(delivery.retryAt, zone) })}` : progress;
}

/** How far one session's grades got in each course, what the LMS refused, and a way to send them again. */
interface GradeDeliveryStatusProps {
  roomId: string;
  sessionId: string;
  /** Only an ended session has grades to send. */
  sessionEnded: boolean;
  /** The room is graded now: a session that ended before can be sent for the first time. */
  gradingEnabled: boolean;
  deliveries: readonly GradeDelivery[];
  period: string;
  zone: string;
  /** Owners and co-editors; a course manager who reads the register cannot send grades. */
  canResend: boolean;
}

export function GradeDeliveryStatus({ roomId, sessionId, sessionEnded, gradingEnabled, deliveries, period, zone, canResend }: GradeDeliveryStatusProps) {
  const resend = useAsyncAction(() => resendGrades(roomId, sessionId));
  const hidden = (chunks: React.ReactNode[]) => <VisuallyHidden>{chunks}</VisuallyHidden>;
  if (deliveries.length === 0) {
    if (!canResend || !gradingEnabled || !sessionEnded) return null;
    return (
      <div className="grade-delivery" data-testid="grade-delivery" data-session-id={sessionId}>
        <Button variant="secondary" aria-disabled={resend.pending || undefined} onClick={() => !resend.pending && void resend.run()}>
          {tRich('attendance.grades.send', { period, hidden })}
        </Button>
        {resend.error && <ApiErrorAlert error={resend.error} title={t('attendance.grades.resendError')} />}
      </div>
    );
  }
  const resendable = canResend && deliveries.some((d) => d.state === 'refused' || d.state === 'done' || d.refused > 0);
  return (
    <div className="grade-delivery" data-testid="grade-delivery" data-session-id={sessionId}>
      {deliveries.map((delivery) => (
        <div key={delivery.channelId} data-state={delivery.state}>
          <p>{progressText(delivery, zone)}</p>
          {delivery.refusal && <p className="field-error" role="status">{t(REFUSALS[delivery.refusal], { course: delivery.channelTitle })}</p>}
        </div>
      ))}
      {resendable && (
        <Button variant="secondary" aria-disabled={resend.pending || undefined} onClick={() => !resend.pending && void resend.run()}>
          {tRich('attendance.grades.resend', { period, hidden })}
        </Button>
      )}
      {resend.error && <ApiErrorAlert error={resend.error} title={t('attendance.grades.resendError')} />}
    </div>
  );
}
