import { describe, expect, it } from '@jest/globals';
import type { MeetingView } from './meeting-page-state';
import { backoffMs, liveSafetyDelayMs, MAX_START_TIME_RETRIES, nextReentryAt, reentryAt, REENTRY_MARGIN_MS, START_TIME_RELEVANCE_MS } from './reentry';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('asking the server again by itself', () => {
  it('backs off 0, 1, 2, 4 … 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 10].map(backoffMs)).toEqual([0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('asks just after the target, or after the backoff when the target is past', () => {
    expect(reentryAt(NOW + 60_000, NOW, 0)).toBe(NOW + 60_000 + REENTRY_MARGIN_MS);
    // The server said "countdown" again although the page thought the time had come (a skewed clock).
    expect(reentryAt(NOW - 1000, NOW, 3)).toBe(NOW + 4000);
  });

  it('ends a countdown at the opening time', () => {
    const view: MeetingView = { kind: 'countdown', opensAt: iso(NOW + 10 * 60_000), startsAt: iso(NOW + 25 * 60_000), answeredAt: NOW, retries: 0 };
    expect(nextReentryAt(view)).toBe(NOW + 10 * 60_000 + REENTRY_MARGIN_MS);
  });

  const waiting = (overrides: Partial<Extract<MeetingView, { kind: 'waiting' }>>): MeetingView => ({
    kind: 'waiting', sessionId: 's1', participantId: 'p1', waitingCount: 1, startsAt: null, locked: false, answeredAt: NOW, retries: 0, liveRecheckAt: null, ...overrides,
  });

  it('waits in a scheduled room until its start time, then asks again', () => {
    expect(nextReentryAt(waiting({ startsAt: iso(NOW + 5 * 60_000) }))).toBe(NOW + 5 * 60_000 + REENTRY_MARGIN_MS);
  });

  it('does not keep asking about a start time long past, nor forever', () => {
    expect(nextReentryAt(waiting({ startsAt: iso(NOW - START_TIME_RELEVANCE_MS - 1) }))).toBeNull();
    expect(nextReentryAt(waiting({ startsAt: iso(NOW - 1000), retries: MAX_START_TIME_RETRIES + 1 }))).toBeNull();
    expect(nextReentryAt(waiting({ startsAt: null }))).toBeNull();
  });

  it('asks again soon after its session went live, whichever comes first', () => {
    expect(nextReentryAt(waiting({ liveRecheckAt: NOW + 4000 }))).toBe(NOW + 4000);
    expect(nextReentryAt(waiting({ startsAt: iso(NOW + 60_000), liveRecheckAt: NOW + 4000 }))).toBe(NOW + 4000);
  });

  it('never asks by itself from other views', () => {
    expect(nextReentryAt({ kind: 'full', cap: 1 })).toBeNull();
    expect(nextReentryAt({ kind: 'connecting' })).toBeNull();
  });

  it('spreads the live re-check over 3 to 6 s', () => {
    expect(liveSafetyDelayMs(0)).toBe(3000);
    expect(liveSafetyDelayMs(0.999)).toBe(5997);
  });
});
