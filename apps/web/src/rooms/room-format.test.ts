import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { formatOpensIn, formatSchedule, formatStatus } from './room-format';

const zone = 'Europe/Berlin';
const now = DateTime.fromISO('2026-11-20T09:00:00Z');
// Intl spaces its ranges with thin and narrow no-break spaces (\u2009, \u202F); read as plain ones.
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('room schedule and status in the viewer zone', () => {
  it('formats a same-day time frame with the zone name', () => {
    const availability = { kind: 'scheduled', start: '2026-11-26T10:00:00Z', end: '2026-11-26T11:00:00Z' } as const;
    expect(spaced(formatSchedule(availability, zone))).toBe('Thu, Nov 26, 2026, 11:00 AM – 12:00 PM (Europe/Berlin)');
  });

  it('repeats the date when the frame ends on another day', () => {
    const availability = { kind: 'scheduled', start: '2026-11-26T22:00:00Z', end: '2026-11-27T00:30:00Z' } as const;
    expect(spaced(formatSchedule(availability, zone))).toBe('Thu, Nov 26, 2026, 11:00 PM – Fri, Nov 27, 2026, 1:30 AM (Europe/Berlin)');
  });

  it('says "Always open" for rooms without a time frame', () => {
    expect(formatSchedule({ kind: 'always' }, zone)).toBe('Always open');
    expect(formatStatus({ kind: 'always-open' }, zone, now)).toBe('Always open');
  });

  it('words every status', () => {
    expect(formatStatus({ kind: 'scheduled', opensAt: '2026-11-26T10:00:00Z', earlyEntryAt: '2026-11-26T09:45:00Z' }, zone, now)).toBe(
      'Scheduled · opens Thu, Nov 26, 11:00 AM',
    );
    expect(formatStatus({ kind: 'scheduled', opensAt: '2027-01-07T10:00:00Z', earlyEntryAt: '2027-01-07T09:45:00Z' }, zone, now)).toBe(
      'Scheduled · opens Thu, Jan 7, 2027, 11:00 AM',
    );
    expect(formatStatus({ kind: 'early-entry', startsAt: '2026-11-26T10:00:00Z' }, zone, now)).toBe('Early entry open · starts 11:00 AM');
    expect(formatStatus({ kind: 'open', endsAt: '2026-11-26T11:00:00Z' }, zone, now)).toBe('Open now · until 12:00 PM');
    expect(formatStatus({ kind: 'live', participantCount: 1, hostPresent: true }, zone, now)).toBe('Live · 1 person · host present');
    expect(formatStatus({ kind: 'live', participantCount: 12, hostPresent: false }, zone, now)).toBe('Live · 12 people · waiting for a host');
    expect(formatStatus({ kind: 'ended', endedAt: '2026-11-26T11:00:00Z' }, zone, now)).toBe('Ended');
  });
});

describe('countdown in words', () => {
  it('says when a scheduled room opens, relative to now', () => {
    const status = { kind: 'scheduled', opensAt: '2026-11-23T09:00:00Z', earlyEntryAt: '2026-11-23T08:45:00Z' } as const;
    expect(formatOpensIn(status, now)).toBe('Waiting room opens in 2 days · starts in 3 days');
    expect(formatOpensIn({ kind: 'always-open' }, now)).toBeNull();
  });

  it('counts down to the waiting room as the status does, early entry included', () => {
    const soon = { kind: 'scheduled', opensAt: '2026-11-20T09:37:00Z', earlyEntryAt: '2026-11-20T09:22:00Z' } as const;
    expect(formatOpensIn(soon, now)).toBe('Waiting room opens in 22 minutes · starts in 37 minutes');
    const noEarlyEntry = { kind: 'scheduled', opensAt: '2026-11-20T09:37:00Z', earlyEntryAt: '2026-11-20T09:37:00Z' } as const;
    expect(formatOpensIn(noEarlyEntry, now)).toBe('Opens in 37 minutes');
  });
});
