import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { formatAttendanceTime, formatSessionPeriod } from './attendance-format';

const zone = 'Europe/Berlin';
const now = DateTime.fromISO('2026-11-27T12:00:00Z');

describe('attendance in the viewer zone', () => {
  it('titles an ended session by its period, repeating the date across midnight', () => {
    expect(formatSessionPeriod({ status: 'ended', startedAt: '2026-11-27T10:00:00Z', endedAt: '2026-11-27T11:05:00Z' }, zone, now)).toBe('Fri 27 Nov, 11:00 – 12:05');
    expect(formatSessionPeriod({ status: 'ended', startedAt: '2026-11-27T22:30:00Z', endedAt: '2026-11-27T23:30:00Z' }, zone, now)).toBe(
      'Fri 27 Nov, 23:30 – Sat 28 Nov, 00:30',
    );
  });

  it('says "live now" for a live session, and names sessions that never started', () => {
    expect(formatSessionPeriod({ status: 'live', startedAt: '2026-11-27T10:00:00Z', endedAt: null }, zone, now)).toBe('Live now · started Fri 27 Nov, 11:00');
    expect(formatSessionPeriod({ status: 'ended', startedAt: null, endedAt: '2026-11-27T10:00:00Z' }, zone, now)).toBe('Never started');
    expect(formatSessionPeriod({ status: 'waiting', startedAt: null, endedAt: null }, zone, now)).toBe('Waiting room open, not started yet');
  });

  it('shows join and leave times as a clock on the session day, with the date otherwise', () => {
    expect(formatAttendanceTime('2026-11-27T10:02:00Z', '2026-11-27T10:00:00Z', zone, now)).toBe('11:02');
    expect(formatAttendanceTime('2026-11-28T00:10:00Z', '2026-11-27T22:30:00Z', zone, now)).toBe('Sat 28 Nov, 01:10');
    expect(formatAttendanceTime('2026-11-27T10:02:00Z', null, zone, now)).toBe('Fri 27 Nov, 11:02');
  });
});
