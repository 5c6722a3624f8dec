import type { AvailabilityBody, RoomStatusBody } from '@lti-rooms/contracts';
import { DateTime, Interval, type DateTimeFormatOptions } from 'luxon';
import { formattingLocale, t } from '../i18n/translate';

/** "Thu, Nov 26, 2026, 11:00 AM" in English, "Do., 26. Nov. 2026, 11:00" in German. */
const DATE_TIME: DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' };
/** The same without the year, for dates in the current one. */
const DATE_TIME_THIS_YEAR: DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const DATE: DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };

// The locale is read at call time: the page's language can change while it is open.
function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale(formattingLocale());
}

/** "Thu, Nov 26, 11:00 AM", with the year only when it is not the current one. */
export function formatShortDateTime(iso: string, zone: string, now: DateTime = DateTime.now()): string {
  const dt = inZone(iso, zone);
  return dt.toLocaleString(dt.year === now.setZone(zone).year ? DATE_TIME_THIS_YEAR : DATE_TIME);
}

/** "Thu, Nov 26, 2026". */
export function formatDate(iso: string, zone: string): string {
  return inZone(iso, zone).toLocaleString(DATE);
}

/** "11:00 AM", "11:00": the clock as the page's language writes it. */
export function formatTime(iso: string, zone: string): string {
  return inZone(iso, zone).toLocaleString(DateTime.TIME_SIMPLE);
}

/**
 * The schedule on the entry page: "Thu, Nov 26, 2026, 11:00 AM – 12:00 PM (Europe/Berlin)"; the
 * language's own range format says the end's date again when it falls on another day. "Always
 * open" for rooms without a time frame.
 */
export function formatSchedule(availability: AvailabilityBody, zone: string): string {
  if (availability.kind === 'always') return t('rooms.schedule.alwaysOpen');
  const frame = Interval.fromDateTimes(inZone(availability.start, zone), inZone(availability.end, zone));
  return t('rooms.schedule.frame', { frame: frame.toLocaleString(DATE_TIME), zone });
}

/** "1 person", "12 people". */
export function formatPeople(count: number): string {
  return t('rooms.people', { count });
}

/** The status line of a room, as the server computed it, in the viewer's time zone. */
export function formatStatus(status: RoomStatusBody, zone: string, now: DateTime = DateTime.now()): string {
  switch (status.kind) {
    case 'always-open':
      return t('rooms.schedule.alwaysOpen');
    case 'scheduled':
      return t('rooms.status.scheduled', { when: formatShortDateTime(status.opensAt, zone, now) });
    case 'early-entry':
      return t('rooms.status.earlyEntry', { time: formatTime(status.startsAt, zone) });
    case 'open':
      return t('rooms.status.open', { time: formatTime(status.endsAt, zone) });
    case 'live':
      return t(status.hostPresent ? 'rooms.status.liveHostPresent' : 'rooms.status.liveWaitingForHost', { count: status.participantCount });
    case 'ended':
      return t('rooms.status.ended');
    case 'deleted':
      return t('rooms.status.deleted');
  }
}

/**
 * The entry page's countdown in words, for a scheduled room: when people may come in (the
 * waiting room, early entry included) and when it starts, as the status counts them; null otherwise.
 */
export function formatOpensIn(status: RoomStatusBody, now: DateTime = DateTime.now()): string | null {
  if (status.kind !== 'scheduled') return null;
  const relative = (iso: string) => DateTime.fromISO(iso).toRelative({ base: now, locale: formattingLocale() }) ?? '';
  const sameInstant = DateTime.fromISO(status.earlyEntryAt).toMillis() === DateTime.fromISO(status.opensAt).toMillis();
  if (sameInstant) return t('rooms.countdown.opens', { opensIn: relative(status.opensAt) });
  return t('rooms.countdown.waitingRoomThenStart', { waitingRoomOpensIn: relative(status.earlyEntryAt), startsIn: relative(status.opensAt) });
}

/** Badge colour for a status; the words carry the meaning. */
export function statusTone(status: RoomStatusBody): 'neutral' | 'accent' | 'success' | 'warning' {
  switch (status.kind) {
    case 'live':
    case 'open':
      return 'success';
    case 'early-entry':
      return 'accent';
    case 'ended':
    case 'deleted':
      return 'warning';
    default:
      return 'neutral';
  }
}
