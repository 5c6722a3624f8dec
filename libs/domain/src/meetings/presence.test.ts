import { HEARTBEAT_TIMEOUT_SECONDS, hostAbsenceDeadline, hostAbsenceExpired, isPresent, presenceCutoff } from './presence';

const t = (iso: string) => new Date(iso);
const NOW = t('2026-05-04T12:00:00Z');

describe('isPresent', () => {
  it.each<[string, string | null, number | undefined, boolean]>([
    ['never beat', null, 30, false],
    ['beat just now', '2026-05-04T12:00:00Z', 30, true],
    ['one missed beat', '2026-05-04T11:59:40Z', 30, true],
    ['1 ms before the timeout', '2026-05-04T11:59:30.001Z', 30, true],
    ['at the timeout: gone', '2026-05-04T11:59:30Z', 30, false],
    ['long gone', '2026-05-04T11:00:00Z', 30, false],
    ['a server clock slightly ahead', '2026-05-04T12:00:02Z', 30, true],
    ['default timeout is three missed beats', '2026-05-04T11:59:31Z', undefined, true],
    ['default timeout passed', '2026-05-04T11:59:30Z', undefined, false],
  ])('%s', (_label, lastBeat, timeout, expected) => {
    expect(isPresent(lastBeat === null ? null : t(lastBeat), NOW, timeout)).toBe(expected);
  });

  it('defaults to 30 seconds', () => expect(HEARTBEAT_TIMEOUT_SECONDS).toBe(30));
});

describe('hostAbsenceExpired', () => {
  it.each<[string, string, number, boolean]>([
    ['host seen just now', '2026-05-04T12:00:00Z', 15, false],
    ['gone 14 minutes', '2026-05-04T11:46:00Z', 15, false],
    ['1 ms before 15 minutes', '2026-05-04T11:45:00.001Z', 15, false],
    ['exactly 15 minutes: ends', '2026-05-04T11:45:00Z', 15, true],
    ['gone an hour', '2026-05-04T11:00:00Z', 15, true],
    ['an account with a 5-minute timeout', '2026-05-04T11:54:00Z', 5, true],
    ['an account with a 60-minute timeout', '2026-05-04T11:30:00Z', 60, false],
  ])('%s', (_label, lastSeen, timeoutMinutes, expected) => {
    expect(hostAbsenceExpired({ lastHostSeenAt: t(lastSeen), now: NOW, timeoutMinutes })).toBe(expected);
  });

  it('the deadline is the last sighting plus the timeout', () => {
    expect(hostAbsenceDeadline(t('2026-05-04T11:50:00Z'), 15).toISOString()).toBe('2026-05-04T12:05:00.000Z');
  });
});

describe('presenceCutoff', () => {
  it('a heartbeat newer than the cutoff is exactly a present one', () => {
    const now = new Date('2026-05-04T12:00:00Z');
    const cutoff = presenceCutoff(now);
    expect(cutoff.toISOString()).toBe('2026-05-04T11:59:30.000Z');
    for (const offsetMs of [-1, 0, 1]) {
      const beat = new Date(cutoff.getTime() + offsetMs);
      expect(isPresent(beat, now)).toBe(beat > cutoff);
    }
  });
});
