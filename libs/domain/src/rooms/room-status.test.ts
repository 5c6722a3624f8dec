import { earlyEntryAt, RoomStatus, roomStatusAt, RoomTimeline } from './room-status';

const t = (iso: string) => new Date(iso);
const START = t('2026-05-04T12:00:00Z');
const END = t('2026-05-04T13:00:00Z');

const scheduled = (overrides: Partial<RoomTimeline> = {}): RoomTimeline => ({
  availability: { kind: 'scheduled', start: START, end: END },
  earlyEntryMinutes: 15,
  liveSession: null,
  deletedAt: null,
  ...overrides,
});
const alwaysOpen = (overrides: Partial<RoomTimeline> = {}): RoomTimeline => scheduled({ availability: { kind: 'always' }, ...overrides });
const live = { startedAt: t('2026-05-04T11:50:00Z'), participantCount: 7, hostPresent: true };
const hostless = { ...live, hostPresent: false };
const empty = { ...live, participantCount: 0, hostPresent: false };

const CASES: Array<[string, RoomTimeline, string, RoomStatus]> = [
  ['long before: a countdown', scheduled(), '2026-05-04T11:00:00Z', { kind: 'scheduled', opensAt: START, earlyEntryAt: t('2026-05-04T11:45:00Z') }],
  ['1 ms before the window', scheduled(), '2026-05-04T11:44:59.999Z', { kind: 'scheduled', opensAt: START, earlyEntryAt: t('2026-05-04T11:45:00Z') }],
  ['the window opens', scheduled(), '2026-05-04T11:45:00Z', { kind: 'early-entry', startsAt: START }],
  ['1 ms before the start', scheduled(), '2026-05-04T11:59:59.999Z', { kind: 'early-entry', startsAt: START }],
  ['at the start', scheduled(), '2026-05-04T12:00:00Z', { kind: 'open', endsAt: END }],
  ['1 ms before the end', scheduled(), '2026-05-04T12:59:59.999Z', { kind: 'open', endsAt: END }],
  ['at the end', scheduled(), '2026-05-04T13:00:00Z', { kind: 'ended', endedAt: END }],
  ['days later', scheduled(), '2026-05-09T13:00:00Z', { kind: 'ended', endedAt: END }],
  ['no early entry: scheduled until the start', scheduled({ earlyEntryMinutes: 0 }), '2026-05-04T11:59:00Z', { kind: 'scheduled', opensAt: START, earlyEntryAt: START }],
  ['no early entry: open at the start', scheduled({ earlyEntryMinutes: 0 }), '2026-05-04T12:00:00Z', { kind: 'open', endsAt: END }],
  ['a negative early entry counts as none', scheduled({ earlyEntryMinutes: -5 }), '2026-05-04T11:59:00Z', { kind: 'scheduled', opensAt: START, earlyEntryAt: START }],
  ['two hours of early entry', scheduled({ earlyEntryMinutes: 120 }), '2026-05-04T10:00:00Z', { kind: 'early-entry', startsAt: START }],
  ['a host started early: live', scheduled({ liveSession: live }), '2026-05-04T11:50:00Z', { kind: 'live', participantCount: 7, hostPresent: true, startedAt: live.startedAt }],
  ['still live past the end time', scheduled({ liveSession: live }), '2026-05-04T14:00:00Z', { kind: 'live', participantCount: 7, hostPresent: true, startedAt: live.startedAt }],
  ['always open, nobody started it', alwaysOpen(), '2026-05-04T11:00:00Z', { kind: 'always-open' }],
  ['always open and live', alwaysOpen({ liveSession: live }), '2026-05-04T12:00:00Z', { kind: 'live', participantCount: 7, hostPresent: true, startedAt: live.startedAt }],
  ['the host left, people wait: live, waiting for a host', alwaysOpen({ liveSession: hostless }), '2026-05-04T12:00:00Z', { kind: 'live', participantCount: 7, hostPresent: false, startedAt: live.startedAt }],
  ['nobody there is not live: always open', alwaysOpen({ liveSession: empty }), '2026-05-04T12:00:00Z', { kind: 'always-open' }],
  ['nobody there is not live: the schedule speaks', scheduled({ liveSession: empty }), '2026-05-04T12:30:00Z', { kind: 'open', endsAt: END }],
  ['deleted wins over live', scheduled({ liveSession: live, deletedAt: t('2026-05-04T11:55:00Z') }), '2026-05-04T12:00:00Z', { kind: 'deleted' }],
  ['deleted always-open room', alwaysOpen({ deletedAt: t('2026-05-01T00:00:00Z') }), '2026-05-04T12:00:00Z', { kind: 'deleted' }],
];

describe('roomStatusAt', () => {
  it.each(CASES)('%s', (_label, room, now, expected) => {
    expect(roomStatusAt(room, t(now))).toEqual(expected);
  });
});

describe('earlyEntryAt', () => {
  it.each<[number, string]>([
    [15, '2026-05-04T11:45:00.000Z'],
    [0, '2026-05-04T12:00:00.000Z'],
    [120, '2026-05-04T10:00:00.000Z'],
    [-10, '2026-05-04T12:00:00.000Z'],
  ])('%s minutes', (minutes, expected) => expect(earlyEntryAt(START, minutes).toISOString()).toBe(expected));
});
