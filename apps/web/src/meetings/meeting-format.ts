import type { EndReason } from '@lti-rooms/domain';
import { t } from '../i18n/translate';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The time left before the waiting room opens: "12:34" under an hour, "1 h 05 min" under a
 * day, "2 days 3 h" beyond. Rounded up, so it reads "0:01" until the very end, never "0:00"
 * while the room is still closed.
 */
export function formatCountdown(remainingMs: number): string {
  if (remainingMs <= 0) return '0:00';
  if (remainingMs < HOUR) {
    const seconds = Math.ceil(remainingMs / SECOND);
    return `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
  }
  if (remainingMs < DAY) {
    const minutes = Math.ceil(remainingMs / MINUTE);
    // 59 min 30 s rounds up to "1 h 00 min", not "0 h 60 min".
    return t('meetingState.countdown.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: pad(minutes % 60) });
  }
  const hours = Math.ceil(remainingMs / HOUR);
  const days = Math.floor(hours / 24);
  return t('meetingState.countdown.daysHours', { days, hours: hours % 24 });
}

/** The room-full sentence, with its plural right ("The one place is taken", "All 2 places are taken"). */
export function formatRoomFull(cap: number): string {
  return t('meetingState.roomFull', { cap });
}

/** "1 person waiting", "3 people waiting". */
export function formatWaitingCount(count: number): string {
  return t('meetingState.waitingCount', { count });
}

/** "1 person in the meeting", "12 people in the meeting". */
export function formatInRoomCount(count: number): string {
  return t('meetingState.inRoomCount', { count });
}

/** Why the session ended, in the participant's words. */
export function endedReasonText(reason: EndReason): string {
  switch (reason) {
    case 'host-ended':
      return t('meetingState.ended.hostEnded');
    case 'host-absent':
      return t('meetingState.ended.hostAbsent');
    case 'schedule-ended':
      return t('meetingState.ended.scheduleEnded');
    case 'room-deleted':
      return t('meetingState.ended.roomDeleted');
    case 'abandoned':
      return t('meetingState.ended.abandoned');
  }
}
