import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { defaultTimeFrame, fromLocalInputValue, nextQuarterHour, toIsoWithOffset, toLocalInputValue } from './time-frame';

const at = (iso: string, zone = 'Europe/Berlin') => DateTime.fromISO(iso, { zone });
const wall = (dt: DateTime) => dt.toFormat("yyyy-MM-dd'T'HH:mm");

describe('default time frame (SPEC "Rooms": next quarter hour, one hour)', () => {
  it.each([
    ['2026-11-27T10:50:00', '2026-11-27T11:00', '2026-11-27T12:00'],
    ['2026-11-27T10:45:00', '2026-11-27T11:00', '2026-11-27T12:00'],
    ['2026-11-27T10:45:00.001', '2026-11-27T11:00', '2026-11-27T12:00'],
    ['2026-11-27T10:44:59.999', '2026-11-27T10:45', '2026-11-27T11:45'],
    ['2026-11-27T23:50:00', '2026-11-28T00:00', '2026-11-28T01:00'],
  ])('at %s starts %s and ends %s', (now, start, end) => {
    const frame = defaultTimeFrame(at(now));
    expect(wall(frame.start)).toBe(start);
    expect(wall(frame.end)).toBe(end);
    expect(frame.start.zoneName).toBe('Europe/Berlin');
  });

  it('skips the missing hour when clocks spring forward', () => {
    expect(wall(nextQuarterHour(at('2026-03-29T01:50:00')))).toBe('2026-03-29T03:00');
  });

  it('never reads earlier than now when clocks fall back', () => {
    const firstOneThirty = DateTime.fromISO('2026-11-01T05:50:00Z').setZone('America/New_York'); // 01:50 EDT
    const start = nextQuarterHour(firstOneThirty);
    expect(wall(start)).toBe('2026-11-01T02:00');
  });

  it('works in zones with a quarter-hour offset', () => {
    expect(wall(nextQuarterHour(at('2026-11-27T10:50:00', 'Asia/Kathmandu')))).toBe('2026-11-27T11:00');
  });
});

describe('datetime-local values', () => {
  it('round-trips a wall-clock time in the zone and sends it with its offset', () => {
    const parsed = fromLocalInputValue('2026-11-27T11:00', 'Europe/Berlin');
    expect(parsed && toIsoWithOffset(parsed)).toBe('2026-11-27T11:00:00+01:00');
    expect(toLocalInputValue(DateTime.fromISO('2026-11-27T10:00:00Z'), 'Europe/Berlin')).toBe('2026-11-27T11:00');
  });

  it('reads empty or malformed values as null', () => {
    expect(fromLocalInputValue('', 'UTC')).toBeNull();
    expect(fromLocalInputValue('tomorrow', 'UTC')).toBeNull();
  });
});
