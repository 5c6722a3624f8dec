import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { formatAttendanceTime, formatSessionPeriod } from './attendance-format';

const zone = 'Europe/Berlin';
const now = DateTime.fromISO('2026-11-27T12:00:00Z');
/** Intl puts a narrow no-break space before AM/PM in newer ICU versions: compare plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('attendance in the viewer zone, in the page’s language (English here)', () => {
  it('titles an ended session by its period, repeating the date across midnight', () => {
    expect(plain(formatSessionPeriod({ status: 'ended', startedAt: '2026-11-27T10:00:00Z', endedAt: '2026-11-27T11:05:00Z' }, zone, now))).toBe('Fri, Nov 27, 11:00 AM – 12:05 PM');
    expect(plain(formatSessionPeriod({ status: 'ended', startedAt: '2026-11-27T22:30:00Z', endedAt: '2026-11-27T23:30:00Z' }, zone, now))).toBe(
      'Fri, Nov 27, 11:30 PM – Sat, Nov 28, 12:30 AM',
    );
  });

  it('says "live now" for a live session, and names sessions that never started', () => {
    expect(plain(formatSessionPeriod({ status: 'live', startedAt: '2026-11-27T10:00:00Z', endedAt: null }, zone, now))).toBe('Live now · started Fri, Nov 27, 11:00 AM');
    expect(plain(formatSessionPeriod({ status: 'ended', startedAt: null, endedAt: '2026-11-27T10:00:00Z' }, zone, now))).toBe('Never started');
    expect(plain(formatSessionPeriod({ status: 'waiting', startedAt: null, endedAt: null }, zone, now))).toBe('Waiting room open, not started yet');
  });

  it('shows join and leave times as a clock on the session day, with the date otherwise', () => {
    expect(plain(formatAttendanceTime('2026-11-27T10:02:00Z', '2026-11-27T10:00:00Z', zone, now))).toBe('11:02 AM');
    expect(plain(formatAttendanceTime('2026-11-28T00:10:00Z', '2026-11-27T22:30:00Z', zone, now))).toBe('Sat, Nov 28, 1:10 AM');
    expect(plain(formatAttendanceTime('2026-11-27T10:02:00Z', null, zone, now))).toBe('Fri, Nov 27, 11:02 AM');
  });
});
