import type { GradeDelivery } from '@lti-rooms/contracts';
import type { GradeRefusal } from '@lti-rooms/domain';
import { t } from '../i18n/translate';
import { formatTime } from '../rooms/room-format';

/** What to do about each refusal, in the teacher's words; the server sends only the code. */
export function refusalAdvice(refusal: GradeRefusal): string {
  switch (refusal) {
    case 'SCOPE_MISSING':
      return t('attendance.grades.refusal.scopeMissing');
    case 'LINE_ITEM_GONE':
      return t('attendance.grades.refusal.lineItemGone');
    case 'REJECTED':
      return t('attendance.grades.refusal.rejected');
    case 'NO_GRADE_SERVICE':
      return t('attendance.grades.refusal.noGradeService');
    case 'GAVE_UP':
      return t('attendance.grades.refusal.gaveUp');
  }
}

/**
 * How far one session's grades got in one course, as sentences: "Grades sent to the
 * gradebook: 27 of 28 · 1 pending — retrying", then what was refused and what to do.
 */
export function deliverySentences(delivery: GradeDelivery, zone: string): string[] {
  const { pending, refused, retryAt, refusal } = delivery;
  const sentences = [headline(delivery)];
  if (refused > 0) sentences.push(t('attendance.grades.refusedCount', { count: refused }));
  if (refusal) sentences.push(refusalAdvice(refusal));
  if (retryAt && (pending > 0 || delivery.state === 'preparing')) sentences.push(t('attendance.grades.nextTry', { time: formatTime(retryAt, zone) }));
  return sentences;
}

function headline({ state, sent, total, pending, retryAt }: GradeDelivery): string {
  if (state === 'preparing') return t('attendance.grades.preparing');
  if (state === 'refused' && total === 0) return t('attendance.grades.notSent');
  if (pending === 0) return t('attendance.grades.sent', { sent, total });
  return retryAt ? t('attendance.grades.sentPendingRetrying', { sent, total, pending }) : t('attendance.grades.sentPendingSending', { sent, total, pending });
}
