import type { SessionAttendance } from '@lti-rooms/contracts';
import { DateTime } from 'luxon';
import { formatNumber, t } from '../i18n/translate';
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

/** A stretch of presence: "10:02–10:31", or "since 10:33" while the person is still there. */
export function formatSegment(segment: { from: string; to: string | null }, zone: string): string {
  const from = formatTime(segment.from, zone);
  return segment.to === null ? t('attendance.segmentOpen', { from }) : t('attendance.segment', { from, to: formatTime(segment.to, zone) });
}

/** Arrival against the scheduled start; nothing for a room that had no schedule. */
export function formatLateness(lateMinutes: number | null): string {
  if (lateMinutes === null) return '';
  return lateMinutes === 0 ? t('attendance.onTime') : t('attendance.late', { minutes: lateMinutes });
}

/** A share of the session, as the page's language writes percentages. */
export function formatShare(percent: number): string {
  return formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 0 });
}
