import { isPurgeDue, isRestorable, RESTORE_WINDOW_DAYS, restoreDeadline, restoreWindowStart } from './room-deletion';

const DELETED = new Date('2026-05-04T12:00:00Z');

describe('the 30-day restore window', () => {
  it('is 30 days', () => {
    expect(RESTORE_WINDOW_DAYS).toBe(30);
    expect(restoreDeadline(DELETED).toISOString()).toBe('2026-06-03T12:00:00.000Z');
  });

  it.each<[string, Date | null, string, boolean, boolean]>([
    ['not deleted', null, '2026-05-04T12:00:00Z', false, false],
    ['just deleted', DELETED, '2026-05-04T12:00:00Z', true, false],
    ['1 ms before the deadline', DELETED, '2026-06-03T11:59:59.999Z', true, false],
    ['at the deadline', DELETED, '2026-06-03T12:00:00Z', false, true],
    ['long after', DELETED, '2027-01-01T00:00:00Z', false, true],
  ])('%s', (_label, deletedAt, now, restorable, purgeDue) => {
    expect(isRestorable(deletedAt, new Date(now))).toBe(restorable);
    expect(isPurgeDue(deletedAt, new Date(now))).toBe(purgeDue);
  });
});

describe('restoreWindowStart', () => {
  it('is the deletion time whose restore deadline is now: earlier deletions are due for purging', () => {
    const now = new Date('2026-12-31T12:00:00Z');
    const start = restoreWindowStart(now);
    expect(start.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(isPurgeDue(new Date(start.getTime() - 1), now)).toBe(true);
    expect(isPurgeDue(start, now)).toBe(true);
    expect(isPurgeDue(new Date(start.getTime() + 1), now)).toBe(false);
  });
});
