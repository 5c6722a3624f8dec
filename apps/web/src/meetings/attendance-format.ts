import type { SessionAttendance } from '@lti-rooms/contracts';
import { DateTime } from 'luxon';
import { formatShortDateTime, formatTime } from '../rooms/room-format';

/**
 * A session's title in the attendance list, in the viewer's zone: "Thu 27 Nov, 11:00 – 12:00",
 * "Live now · started Thu 27 Nov, 11:00", or "Never started" for a waiting room nobody opened.
 */
export function formatSessionPeriod(session: Pick<SessionAttendance, 'status' | 'startedAt' | 'endedAt'>, zone: string, now: DateTime = DateTime.now()): string {
  if (!session.startedAt) return session.status === 'waiting' ? 'Waiting room open, not started yet' : 'Never started';
  const started = formatShortDateTime(session.startedAt, zone, now);
  if (session.status !== 'ended' || !session.endedAt) return `Live now · started ${started}`;
  const endText = sameDay(session.startedAt, session.endedAt, zone) ? formatTime(session.endedAt, zone) : formatShortDateTime(session.endedAt, zone, now);
  return `${started} – ${endText}`;
}

/** A join or leave time: the clock alone on the session's own day, with the date otherwise. */
export function formatAttendanceTime(iso: string, sessionStartedAt: string | null, zone: string, now: DateTime = DateTime.now()): string {
  if (sessionStartedAt && sameDay(iso, sessionStartedAt, zone)) return formatTime(iso, zone);
  return formatShortDateTime(iso, zone, now);
}

function sameDay(a: string, b: string, zone: string): boolean {
  return DateTime.fromISO(a).setZone(zone).hasSame(DateTime.fromISO(b).setZone(zone), 'day');
}
