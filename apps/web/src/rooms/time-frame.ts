import { DateTime } from 'luxon';

/** The value format of `<input type="datetime-local">`: a wall-clock time without a zone. */
const LOCAL_INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm";
const QUARTER_MINUTES = 15;

export interface LocalTimeFrame {
  start: DateTime;
  end: DateTime;
}

/** The time zone the browser runs in, e.g. "Europe/Berlin". */
export function browserZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}

/** The wall clock a DateTime shows, in minutes, so two readings compare like clock faces. */
function wallClockMinutes(dt: DateTime): number {
  return Math.floor(dt.toMillis() / 60_000) + dt.offset;
}

/**
 * The first quarter hour on the user's wall clock strictly after `now`
 * (10:50 → 11:00; 10:45:00 exactly → 11:00). Minutes are added as real time, so a
 * spring-forward gap is skipped (Berlin 01:50 CET → 03:00 CEST); on a fall-back night a
 * candidate whose clock reads earlier than now's is skipped too.
 */
export function nextQuarterHour(now: DateTime): DateTime {
  const base = now.startOf('minute');
  let candidate = base.plus({ minutes: QUARTER_MINUTES - (base.minute % QUARTER_MINUTES) });
  while (wallClockMinutes(candidate) <= wallClockMinutes(now)) candidate = candidate.plus({ minutes: QUARTER_MINUTES });
  return candidate;
}

/** The Create a Room preset: from the next quarter hour in `now`'s zone, lasting one hour. */
export function defaultTimeFrame(now: DateTime): LocalTimeFrame {
  const start = nextQuarterHour(now);
  return { start, end: start.plus({ hours: 1 }) };
}

/** A DateTime as the value of a datetime-local input, in `zone`. */
export function toLocalInputValue(dt: DateTime, zone: string): string {
  return dt.setZone(zone).toFormat(LOCAL_INPUT_FORMAT);
}

/** A datetime-local value read as a wall-clock time in `zone`; null when empty or invalid. */
export function fromLocalInputValue(value: string, zone: string): DateTime | null {
  if (!value) return null;
  const parsed = DateTime.fromISO(value, { zone });
  return parsed.isValid ? parsed : null;
}

/** An instant for the API: ISO 8601 with the zone's offset, e.g. 2026-11-27T11:00:00.000+01:00. */
export function toIsoWithOffset(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true }) ?? '';
}
