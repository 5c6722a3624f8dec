import type { AvailabilityBody, RoomStatusBody } from '@lti-rooms/contracts';
import { DateTime } from 'luxon';

/** English UI, 24-hour clock: "Thu 27 Nov 2026, 11:00". */
const LOCALE = 'en-GB';

function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale(LOCALE);
}

/** "Thu 27 Nov, 11:00", with the year only when it is not the current one. */
export function formatShortDateTime(iso: string, zone: string, now: DateTime = DateTime.now()): string {
  const dt = inZone(iso, zone);
  return dt.toFormat(dt.year === now.setZone(zone).year ? 'ccc d LLL, HH:mm' : 'ccc d LLL yyyy, HH:mm');
}

/** "Thu 27 Nov 2026". */
export function formatDate(iso: string, zone: string): string {
  return inZone(iso, zone).toFormat('ccc d LLL yyyy');
}

/** "11:00". */
export function formatTime(iso: string, zone: string): string {
  return inZone(iso, zone).toFormat('HH:mm');
}

/**
 * The schedule on the entry page: "Thu 27 Nov 2026, 11:00 – 12:00 (Europe/Berlin)", the end's
 * date repeated when it falls on another day; "Always open" for rooms without a time frame.
 */
export function formatSchedule(availability: AvailabilityBody, zone: string): string {
  if (availability.kind === 'always') return 'Always open';
  const start = inZone(availability.start, zone);
  const end = inZone(availability.end, zone);
  const sameDay = start.hasSame(end, 'day');
  const endText = sameDay ? end.toFormat('HH:mm') : end.toFormat('ccc d LLL yyyy, HH:mm');
  return `${start.toFormat('ccc d LLL yyyy, HH:mm')} – ${endText} (${zone})`;
}

/** "1 person", "12 people". */
export function formatPeople(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/** The status line of a room, as the server computed it, in the viewer's time zone. */
export function formatStatus(status: RoomStatusBody, zone: string, now: DateTime = DateTime.now()): string {
  switch (status.kind) {
    case 'always-open':
      return 'Always open';
    case 'scheduled':
      return `Scheduled · opens ${formatShortDateTime(status.opensAt, zone, now)}`;
    case 'early-entry':
      return `Early entry open · starts ${formatTime(status.startsAt, zone)}`;
    case 'open':
      return `Open now · until ${formatTime(status.endsAt, zone)}`;
    case 'live':
      return `Live · ${formatPeople(status.participantCount)} · ${status.hostPresent ? 'host present' : 'waiting for a host'}`;
    case 'ended':
      return 'Ended';
    case 'deleted':
      return 'Deleted';
  }
}

/**
 * The entry page's countdown in words, for a scheduled room: when people may come in (the
 * waiting room, early entry included) and when it starts, as the status counts them; null otherwise.
 */
export function formatOpensIn(status: RoomStatusBody, now: DateTime = DateTime.now()): string | null {
  if (status.kind !== 'scheduled') return null;
  const relative = (iso: string) => DateTime.fromISO(iso).toRelative({ base: now, locale: LOCALE });
  const sameInstant = DateTime.fromISO(status.earlyEntryAt).toMillis() === DateTime.fromISO(status.opensAt).toMillis();
  if (sameInstant) return `Opens ${relative(status.opensAt)}`;
  return `Waiting room opens ${relative(status.earlyEntryAt)} · starts ${relative(status.opensAt)}`;
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
