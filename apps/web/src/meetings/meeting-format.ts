import type { EndReason } from '@lti-rooms/domain';

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
    return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`;
  }
  const hours = Math.ceil(remainingMs / HOUR);
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'} ${hours % 24} h`;
}

/** "1 person waiting", "3 people waiting". */
/** The room-full sentence, with its plural right ("The one place is taken", "All 2 places are taken"). */
export function formatRoomFull(cap: number): string {
  return cap === 1 ? 'The one place is taken. Try again in a moment.' : `All ${cap} places are taken. Try again in a moment.`;
}

export function formatWaitingCount(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'} waiting`;
}

/** "1 person in the meeting", "12 people in the meeting". */
export function formatInRoomCount(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'} in the meeting`;
}

/** Why the session ended, in the participant's words. */
export function endedReasonText(reason: EndReason): string {
  switch (reason) {
    case 'host-ended':
      return 'The host ended the session for everyone.';
    case 'host-absent':
      return 'The session ended because no host or moderator was present for a while.';
    case 'schedule-ended':
      return "The room's time frame is over.";
    case 'room-deleted':
      return 'The room has been deleted.';
    case 'abandoned':
      return 'The waiting room closed because everyone had left it before the meeting started.';
  }
}
