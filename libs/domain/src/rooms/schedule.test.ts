import { DateTime } from 'luxon';
import { defaultTimeFrame, EARLY_ENTRY_MAX_MINUTES, nextQuarterHour, validateEarlyEntryMinutes, validateTimeFrame } from './schedule';

/** An instant given with its offset (so ambiguous fall-back times are unambiguous), seen in `zone`. */
function at(isoWithOffset: string, zone: string): DateTime {
  return DateTime.fromISO(isoWithOffset, { setZone: true }).setZone(zone);
}
const iso = (dt: DateTime) => dt.toISO({ suppressMilliseconds: true });

type FrameRow = [label: string, zone: string, now: string, start: string, end: string];

// The SPEC examples first, then the edges of the calendar and of daylight-saving time.
const DEFAULT_FRAMES: FrameRow[] = [
  ['10:50 → 11:00-12:00', 'UTC', '2026-05-04T10:50:00Z', '2026-05-04T11:00:00Z', '2026-05-04T12:00:00Z'],
  ['10:45 exactly → 11:00', 'UTC', '2026-05-04T10:45:00.000Z', '2026-05-04T11:00:00Z', '2026-05-04T12:00:00Z'],
  ['10:45:00.001 → 11:00', 'UTC', '2026-05-04T10:45:00.001Z', '2026-05-04T11:00:00Z', '2026-05-04T12:00:00Z'],
  ['10:45:01 → 11:00', 'UTC', '2026-05-04T10:45:01Z', '2026-05-04T11:00:00Z', '2026-05-04T12:00:00Z'],
  ['10:44:59.999 → 10:45', 'UTC', '2026-05-04T10:44:59.999Z', '2026-05-04T10:45:00Z', '2026-05-04T11:45:00Z'],
  ['on the hour → quarter past', 'UTC', '2026-05-04T10:00:00Z', '2026-05-04T10:15:00Z', '2026-05-04T11:15:00Z'],
  ['23:50 → next day 00:00-01:00', 'UTC', '2026-05-04T23:50:00Z', '2026-05-05T00:00:00Z', '2026-05-05T01:00:00Z'],
  ['new year', 'UTC', '2026-12-31T23:59:30Z', '2027-01-01T00:00:00Z', '2027-01-01T01:00:00Z'],
  ['leap day', 'UTC', '2028-02-28T23:46:00Z', '2028-02-29T00:00:00Z', '2028-02-29T01:00:00Z'],
  ['the user zone, not UTC, decides the day', 'Pacific/Auckland', '2026-05-04T23:50:00+12:00', '2026-05-05T00:00:00+12:00', '2026-05-05T01:00:00+12:00'],
  ['a +05:45 zone', 'Asia/Kathmandu', '2026-05-04T10:50:00+05:45', '2026-05-04T11:00:00+05:45', '2026-05-04T12:00:00+05:45'],
  ['a fixed offset off the quarter grid', 'UTC+5:20', '2026-05-04T10:50:00+05:20', '2026-05-04T11:00:00+05:20', '2026-05-04T12:00:00+05:20'],
  // Spring forward: 02:00-03:00 does not exist, so the next quarter that exists is 03:00.
  ['Berlin 01:50 CET → 03:00 CEST', 'Europe/Berlin', '2026-03-29T01:50:00+01:00', '2026-03-29T03:00:00+02:00', '2026-03-29T04:00:00+02:00'],
  ['Berlin 01:44 → 01:45, an hour of real time ends at 03:45', 'Europe/Berlin', '2026-03-29T01:44:00+01:00', '2026-03-29T01:45:00+01:00', '2026-03-29T03:45:00+02:00'],
  ['Berlin 00:50 → 01:00-03:00 on the clock', 'Europe/Berlin', '2026-03-29T00:50:00+01:00', '2026-03-29T01:00:00+01:00', '2026-03-29T03:00:00+02:00'],
  ['New York 01:50 EST → 03:00 EDT', 'America/New_York', '2026-03-08T01:50:00-05:00', '2026-03-08T03:00:00-04:00', '2026-03-08T04:00:00-04:00'],
  ['Lord Howe moves 30 minutes: 01:50 → 02:30', 'Australia/Lord_Howe', '2026-10-04T01:50:00+10:30', '2026-10-04T02:30:00+11:00', '2026-10-04T03:30:00+11:00'],
  // Fall back: 01:00-02:00 happens twice. A start never reads earlier on the clock than now.
  ['New York 01:50 EDT → 02:00 EST, not 01:00 EST', 'America/New_York', '2026-11-01T01:50:00-04:00', '2026-11-01T02:00:00-05:00', '2026-11-01T03:00:00-05:00'],
  ['New York 01:50 EST (second pass) → 02:00 EST', 'America/New_York', '2026-11-01T01:50:00-05:00', '2026-11-01T02:00:00-05:00', '2026-11-01T03:00:00-05:00'],
  ['New York 01:20 EDT → 01:30 EDT, ends at 01:30 EST', 'America/New_York', '2026-11-01T01:20:00-04:00', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00'],
  ['New York 01:20 EST → 01:30 EST', 'America/New_York', '2026-11-01T01:20:00-05:00', '2026-11-01T01:30:00-05:00', '2026-11-01T02:30:00-05:00'],
  ['New York 00:50 EDT → 01:00 EDT-01:00 EST', 'America/New_York', '2026-11-01T00:50:00-04:00', '2026-11-01T01:00:00-04:00', '2026-11-01T01:00:00-05:00'],
  ['Berlin 02:50 CEST (first pass) → 03:00 CET', 'Europe/Berlin', '2026-10-25T02:50:00+02:00', '2026-10-25T03:00:00+01:00', '2026-10-25T04:00:00+01:00'],
  ['Lord Howe falls back 30 minutes: 01:50 → 02:00', 'Australia/Lord_Howe', '2026-04-05T01:50:00+11:00', '2026-04-05T02:00:00+10:30', '2026-04-05T03:00:00+10:30'],
];

describe('defaultTimeFrame', () => {
  it.each(DEFAULT_FRAMES)('%s (%s)', (_label, zone, now, start, end) => {
    const frame = defaultTimeFrame(at(now, zone));
    expect([iso(frame.start), iso(frame.end)]).toEqual([start, end]);
  });

  it.each(DEFAULT_FRAMES)('starts strictly later, by at most 70 minutes, on a quarter: %s', (_label, zone, now) => {
    const from = at(now, zone);
    const { start, end } = defaultTimeFrame(from);
    expect(start > from).toBe(true);
    expect(start.diff(from).as('minutes')).toBeLessThanOrEqual(70);
    expect([start.minute % 15, start.second, start.millisecond]).toEqual([0, 0, 0]);
    expect(end.diff(start).as('hours')).toBe(1);
  });

  it("keeps the user's zone and locale", () => {
    const start = nextQuarterHour(DateTime.fromISO('2026-05-04T10:50', { zone: 'Europe/Berlin', locale: 'de-DE' }));
    expect([start.zoneName, start.locale]).toEqual(['Europe/Berlin', 'de-DE']);
  });
});

const NOW = new Date('2026-05-04T10:00:00Z');
const t = (iso: string) => new Date(iso);

describe('validateTimeFrame', () => {
  it.each<[string, Parameters<typeof validateTimeFrame>[0], ReturnType<typeof validateTimeFrame>]>([
    ['valid', { start: t('2026-05-04T11:00Z'), end: t('2026-05-04T12:00Z'), now: NOW, maxHours: 12 }, []],
    ['starting now', { start: NOW, end: t('2026-05-04T11:00Z'), now: NOW, maxHours: 12 }, []],
    ['start 59 s ago: form latency', { start: t('2026-05-04T09:59:01Z'), end: t('2026-05-04T11:00Z'), now: NOW, maxHours: 12 }, []],
    ['start exactly 60 s ago', { start: t('2026-05-04T09:59:00Z'), end: t('2026-05-04T11:00Z'), now: NOW, maxHours: 12 }, []],
    ['start 61 s ago', { start: t('2026-05-04T09:58:59Z'), end: t('2026-05-04T11:00Z'), now: NOW, maxHours: 12 }, [{ code: 'START_IN_PAST', field: 'start' }]],
    ['end equals start', { start: t('2026-05-04T11:00Z'), end: t('2026-05-04T11:00Z'), now: NOW, maxHours: 12 }, [{ code: 'END_NOT_AFTER_START', field: 'end' }]],
    ['end before start', { start: t('2026-05-04T11:00Z'), end: t('2026-05-04T10:30Z'), now: NOW, maxHours: 12 }, [{ code: 'END_NOT_AFTER_START', field: 'end' }]],
    [
      'past and backwards',
      { start: t('2026-05-03T11:00Z'), end: t('2026-05-03T10:00Z'), now: NOW, maxHours: 12 },
      [{ code: 'START_IN_PAST', field: 'start' }, { code: 'END_NOT_AFTER_START', field: 'end' }],
    ],
    ['exactly the maximum', { start: t('2026-05-04T11:00Z'), end: t('2026-05-04T23:00Z'), now: NOW, maxHours: 12 }, []],
    ['1 ms over the maximum', { start: t('2026-05-04T11:00Z'), end: t('2026-05-04T23:00:00.001Z'), now: NOW, maxHours: 12 }, [{ code: 'TIME_FRAME_TOO_LONG', field: 'end', limit: 12 }]],
    ["the account's own maximum", { start: t('2026-05-04T11:00Z'), end: t('2026-05-04T14:00Z'), now: NOW, maxHours: 2 }, [{ code: 'TIME_FRAME_TOO_LONG', field: 'end', limit: 2 }]],
    ['editing: the saved past start may stay', { start: t('2026-05-04T09:00Z'), end: t('2026-05-04T12:00Z'), now: NOW, maxHours: 12, savedStart: t('2026-05-04T09:00Z') }, []],
    [
      'editing: a changed start must not be past',
      { start: t('2026-05-04T09:30Z'), end: t('2026-05-04T12:00Z'), now: NOW, maxHours: 12, savedStart: t('2026-05-04T09:00Z') },
      [{ code: 'START_IN_PAST', field: 'start' }],
    ],
    ['no saved start', { start: t('2026-05-04T09:00Z'), end: t('2026-05-04T12:00Z'), now: NOW, maxHours: 12, savedStart: null }, [{ code: 'START_IN_PAST', field: 'start' }]],
    [
      'luxon and Date mixed, 13 h across a DST change is too long',
      { start: at('2026-03-29T00:00:00+01:00', 'Europe/Berlin'), end: at('2026-03-29T14:00:00+02:00', 'Europe/Berlin'), now: t('2026-03-28T00:00Z'), maxHours: 12 },
      [{ code: 'TIME_FRAME_TOO_LONG', field: 'end', limit: 12 }],
    ],
    ['invalid start', { start: new Date(Number.NaN), end: t('2026-05-04T12:00Z'), now: NOW, maxHours: 12 }, [{ code: 'INVALID_TIME', field: 'start' }]],
    [
      'both invalid',
      { start: new Date('nope'), end: DateTime.invalid('typed garbage'), now: NOW, maxHours: 12 },
      [{ code: 'INVALID_TIME', field: 'start' }, { code: 'INVALID_TIME', field: 'end' }],
    ],
  ])('%s', (_label, input, expected) => {
    expect(validateTimeFrame(input)).toEqual(expected);
  });
});

describe('validateEarlyEntryMinutes', () => {
  it('allows up to two hours', () => expect(EARLY_ENTRY_MAX_MINUTES).toBe(120));
  it.each<[number, ReturnType<typeof validateEarlyEntryMinutes>]>([
    [0, []],
    [15, []],
    [120, []],
    [121, [{ code: 'EARLY_ENTRY_OUT_OF_RANGE', field: 'earlyEntryMinutes', limit: 120 }]],
    [-1, [{ code: 'EARLY_ENTRY_OUT_OF_RANGE', field: 'earlyEntryMinutes', limit: 0 }]],
    [2.5, [{ code: 'EARLY_ENTRY_OUT_OF_RANGE', field: 'earlyEntryMinutes', limit: 120 }]],
    [Number.NaN, [{ code: 'EARLY_ENTRY_OUT_OF_RANGE', field: 'earlyEntryMinutes', limit: 120 }]],
  ])('%s minutes', (minutes, expected) => expect(validateEarlyEntryMinutes(minutes)).toEqual(expected));

  it('names the field it was given', () => {
    expect(validateEarlyEntryMinutes(500, 'earlyEntryMinutesDefault')).toEqual([{ code: 'EARLY_ENTRY_OUT_OF_RANGE', field: 'earlyEntryMinutesDefault', limit: 120 }]);
  });
});
