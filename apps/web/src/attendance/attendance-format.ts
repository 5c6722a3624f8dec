import type { AttendanceRow, SessionAttendance } from '@lti-rooms/contracts';
import { DateTime, Interval } from 'luxon';
import { activeLocale } from '../i18n/active-locale';
import { formattingLocale, t } from '../i18n/translate';
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

/**
 * Someone's stretches in the session as the page's language writes clock ranges:
 * "10:02 – 10:31 AM, 10:33 – 10:58 AM"; a stretch still going reads "since 10:33 AM".
 */
export function formatSegments(segments: AttendanceRow['segments'], zone: string): string {
  const ranges = segments.map(({ from, to }) => {
    if (to === null) return t('attendance.segment.ongoing', { from: formatTime(from, zone) });
    const inZone = (iso: string) => DateTime.fromISO(iso).setZone(zone).setLocale(formattingLocale());
    return Interval.fromDateTimes(inZone(from), inZone(to)).toLocaleString(DateTime.TIME_SIMPLE);
  });
  return activeLocale().intl.formatList(ranges, { type: 'unit', style: 'short' });
}

/** "12 min late", "on time", or nothing for a session without a scheduled start. */
export function formatLateness(lateMinutes: number | null): string {
  if (lateMinutes === null) return '';
  return lateMinutes === 0 ? t('attendance.onTime') : t('attendance.lateMinutes', { minutes: lateMinutes });
}
