import { DateTime } from 'luxon';
import { FieldProblem } from './problem';

const MINUTE_MS = 60_000;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/** The wall clock a DateTime shows, as milliseconds, so two readings compare like clock faces. */
function wallClockMillis(dt: DateTime): number {
  return dt.toMillis() + dt.offset * MINUTE_MS;
}

/**
 * The first quarter hour on the user's wall clock after `now`. A time exactly on a quarter
 * counts as taken (10:45:00 → 11:00), so the default never starts in the past by the time
 * the form is sent.
 *
 * Around daylight-saving changes:
 * - Spring forward (Berlin 01:50 CET, 02:00–03:00 missing): the next quarter hour that
 *   exists, 03:00 CEST — ten minutes later in real time.
 * - Fall back (New York 01:50 EDT, 01:00–02:00 shown twice): 02:00 EST, seventy minutes
 *   later. The real-time next quarter (01:00 EST) reads as a time earlier than the clock
 *   the user is looking at, so it would look like a start in the past; we skip wall-clock
 *   readings that are not later than now's.
 */
export function nextQuarterHour(now: DateTime): DateTime {
  // Instants whose wall clock shows a quarter hour lie on a 15-minute grid shifted by the
  // zone's offset; offsets change by whole quarter hours (DST moves 30 or 60 minutes), so
  // the shift measured now holds across a change.
  const gridShift = (((now.offset * MINUTE_MS) % QUARTER_HOUR_MS) + QUARTER_HOUR_MS) % QUARTER_HOUR_MS;
  const firstOnGrid = Math.floor((now.toMillis() + gridShift) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS + QUARTER_HOUR_MS - gridShift;
  // Adding real time keeps the user's zone and locale on the result.
  let candidate = now.plus({ milliseconds: firstOnGrid - now.toMillis() });
  const nowWall = wallClockMillis(now);
  while (wallClockMillis(candidate) <= nowWall) candidate = candidate.plus({ minutes: 15 });
  return candidate;
}

export interface TimeFrame<T = DateTime> {
  start: T;
  end: T;
}

/**
 * The form's preset (SPEC "Rooms"): from the next quarter hour, for one hour of real time.
 * On a daylight-saving night the end's wall clock may therefore read 2 h or 0 h later.
 */
export function defaultTimeFrame(now: DateTime): TimeFrame {
  const start = nextQuarterHour(now);
  return { start, end: start.plus({ hours: 1 }) };
}

/** The server stores Date, the web works with luxon; both describe an instant. */
export type Instant = Date | DateTime;

function millisOf(instant: Instant): number {
  return instant instanceof Date ? instant.getTime() : instant.toMillis();
}

/** A form filled in at 10:59:40 and sent at 11:00:10 must not be refused for a "past" 11:00 start. */
export const START_IN_PAST_GRACE_MS = MINUTE_MS;

export type TimeFrameProblemCode = 'INVALID_TIME' | 'END_NOT_AFTER_START' | 'START_IN_PAST' | 'TIME_FRAME_TOO_LONG';
export type TimeFrameProblem = FieldProblem<TimeFrameProblemCode>;

export interface TimeFrameCheck extends TimeFrame<Instant> {
  now: Instant;
  maxHours: number;
  /**
   * The start already saved, when editing. A room that has begun keeps its past start while
   * its end or name is edited; only a start that changes must lie in the future.
   */
  savedStart?: Instant | null;
}

/** Everything wrong with a specific time frame; [] when it may be saved. */
export function validateTimeFrame({ start, end, now, maxHours, savedStart }: TimeFrameCheck): TimeFrameProblem[] {
  const [startMs, endMs, nowMs] = [millisOf(start), millisOf(end), millisOf(now)];
  const invalid: TimeFrameProblem[] = [];
  if (!Number.isFinite(startMs)) invalid.push({ code: 'INVALID_TIME', field: 'start' });
  if (!Number.isFinite(endMs)) invalid.push({ code: 'INVALID_TIME', field: 'end' });
  if (invalid.length > 0) return invalid;

  const problems: TimeFrameProblem[] = [];
  const startUnchanged = savedStart !== undefined && savedStart !== null && millisOf(savedStart) === startMs;
  if (!startUnchanged && startMs < nowMs - START_IN_PAST_GRACE_MS) problems.push({ code: 'START_IN_PAST', field: 'start' });
  if (endMs <= startMs) problems.push({ code: 'END_NOT_AFTER_START', field: 'end' });
  else if (endMs - startMs > maxHours * 60 * MINUTE_MS) problems.push({ code: 'TIME_FRAME_TOO_LONG', field: 'end', limit: maxHours });
  return problems;
}

/** SPEC "advanced entrance": how long before the start participants may wait; two hours at most. */
export const EARLY_ENTRY_MAX_MINUTES = 120;

export type EarlyEntryProblem = FieldProblem<'EARLY_ENTRY_OUT_OF_RANGE'>;

export function validateEarlyEntryMinutes(minutes: number, field = 'earlyEntryMinutes'): EarlyEntryProblem[] {
  const inRange = Number.isInteger(minutes) && minutes >= 0 && minutes <= EARLY_ENTRY_MAX_MINUTES;
  return inRange ? [] : [{ code: 'EARLY_ENTRY_OUT_OF_RANGE', field, limit: minutes < 0 ? 0 : EARLY_ENTRY_MAX_MINUTES }];
}
