import type { SessionAttendance } from '@lti-rooms/contracts';
import { DateTime } from 'luxon';
import { t } from '../i18n/translate';
import { formatShortDateTime, formatTime } from '../rooms/room-format';

/**
 * A session's title in the attendance list, in the viewer's zone and the page's language:
 * "Fri, Nov 27, 11:00 AM – 12:05 PM", "Live now · started Fri, Nov 27, 11:00 AM", or
 * "Never started" for a waiting room nobody opened.
 */
export function formatSessionPeriod(session: Pick<SessionAttendance, 'status' | 'startedAt' | 'endedAt'>, zone: string, now: DateTime = DateTime.now()): string {
  if (!session.startedAt) return t(session.status === 'waiting' ? 'meetingState.attendance.waitingNotStarted' : 'meetingState.attendance.neverStarted');
  const started = formatShortDateTime(session.startedAt, zone, now);
  if (session.status !== 'ended' || !session.endedAt) return t('meetingState.attendance.liveSince', { started });
  const endText = sameDay(session.startedAt, session.endedAt, zone) ? formatTime(session.endedAt, zone) : formatShortDateTime(session.endedAt, zone, now);
  return t('meetingState.attendance.period', { start: started, end: endText });
}

/** A join or leave time: the clock alone on the session's own day, with the date otherwise. */
export function formatAttendanceTime(iso: string, sessionStartedAt: string | null, zone: string, now: DateTime = DateTime.now()): string {
  if (sessionStartedAt && sameDay(iso, sessionStartedAt, zone)) return formatTime(iso, zone);
  return formatShortDateTime(iso, zone, now);
}

function sameDay(a: string, b: string, zone: string): boolean {
  return DateTime.fromISO(a).setZone(zone).hasSame(DateTime.fromISO(b).setZone(zone), 'day');
}
