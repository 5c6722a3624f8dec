import type { GradeDelivery } from '@lti-rooms/contracts';
import { useState } from 'react';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { t, tRich } from '../i18n';
import { Button } from '../ui';
import { resendGrades } from './attendance-api';
import { deliverySentences } from './grade-delivery-text';
import { hiddenTag } from './hidden-tag';

interface SessionGradeDeliveriesProps {
  roomId: string;
  sessionId: string;
  /** The session's title, naming it for screen readers on the button. */
  period: string;
  /** Every delivery of the room; this session's are shown. */
  deliveries: readonly GradeDelivery[];
  /** Owners and co-editors may send again; others with the register only read the status. */
  canResend: boolean;
  zone: string;
}

/** One session's grades on their way to each course's gradebook, with Resend. */
export function SessionGradeDeliveries({ roomId, sessionId, period, deliveries, canResend, zone }: SessionGradeDeliveriesProps) {
  // The resend's answer is shown until the room's deliveries are read again.
  const [answer, setAnswer] = useState<{ to: readonly GradeDelivery[]; deliveries: readonly GradeDelivery[] } | null>(null);
  const resend = useAsyncAction(() => resendGrades(roomId, sessionId));
  const current = answer && answer.to === deliveries ? answer.deliveries : deliveries;
  const mine = current.filter((delivery) => delivery.sessionId === sessionId);
  if (mine.length === 0) return null;

  async function onResend() {
    if (resend.pending) return;
    const answered = await resend.run();
    if (answered) setAnswer({ to: deliveries, deliveries: answered.deliveries });
  }

  return (
    <div className="grade-deliveries">
      {mine.map((delivery) => (
        <div key={delivery.channelId} className="grade-delivery" data-testid="grade-delivery" data-session-id={sessionId} data-channel-id={delivery.channelId} data-state={delivery.state}>
          {/* Sentences sit side by side; the gap between them is the stylesheet's, not a typed space (ja, zh-CN write none). */}
          <p className="grade-delivery-text">
            <strong>{t('attendance.grades.course', { course: delivery.channelTitle })}</strong>
            {deliverySentences(delivery, zone).map((sentence) => (
              <span key={sentence}>{sentence}</span>
            ))}
          </p>
        </div>
      ))}
      {/* One resend per session: it sends again to every course the session's grades go to. */}
      {canResend && mine.some((delivery) => delivery.state !== 'preparing') && (
        <div className="button-row">
          <Button variant="secondary" aria-disabled={resend.pending || undefined} onClick={() => void onResend()}>
            {tRich('attendance.grades.resend', { period, ...hiddenTag })}
          </Button>
        </div>
      )}
      {resend.error && <ApiErrorAlert error={resend.error} title={t('attendance.grades.resendError')} />}
    </div>
  );
}
