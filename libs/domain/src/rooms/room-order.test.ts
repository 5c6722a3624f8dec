import { compareSortKeys, nextOccurrenceSortKey, sortRoomsSoonestFirst } from './room-order';
import { RoomTimeline } from './room-status';

const t = (iso: string) => new Date(iso);
const NOW = t('2026-05-04T12:00:00Z');

type NamedRoom = RoomTimeline & { name: string };
const room = (name: string, overrides: Partial<RoomTimeline>): NamedRoom => ({
  name, availability: { kind: 'always' }, earlyEntryMinutes: 15, liveSession: null, deletedAt: null, ...overrides,
});
const between = (start: string, end: string): Partial<RoomTimeline> => ({ availability: { kind: 'scheduled', start: t(start), end: t(end) } });

const ROOMS: NamedRoom[] = [
  room('ended yesterday', between('2026-05-03T09:00Z', '2026-05-03T10:00Z')),
  room('always open A', {}),
  room('scheduled tomorrow', between('2026-05-05T09:00Z', '2026-05-05T10:00Z')),
  room('ended an hour ago', between('2026-05-04T10:00Z', '2026-05-04T11:00Z')),
  room('open, closes at 14:00', between('2026-05-04T11:00Z', '2026-05-04T14:00Z')),
  room('scheduled this afternoon', between('2026-05-04T15:00Z', '2026-05-04T16:00Z')),
  room('deleted', { deletedAt: t('2026-05-01T00:00Z') }),
  room('early entry, starts 12:10', between('2026-05-04T12:10Z', '2026-05-04T13:00Z')),
  room('live since 11:30', { liveSession: { startedAt: t('2026-05-04T11:30Z'), participantCount: 3, hostPresent: true } }),
  room('open, closes at 13:00', between('2026-05-04T11:30Z', '2026-05-04T13:00Z')),
  room('always open B', {}),
  room('live since 11:00, past its end', { ...between('2026-05-04T10:00Z', '2026-05-04T11:00Z'), liveSession: { startedAt: t('2026-05-04T11:00Z'), participantCount: 40, hostPresent: true } }),
  room('early entry, starts 12:05', between('2026-05-04T12:05Z', '2026-05-04T13:00Z')),
];

describe('sortRoomsSoonestFirst', () => {
  it('live, open, early entry, scheduled by start, always open, ended most recent first, deleted', () => {
    expect(sortRoomsSoonestFirst(ROOMS, NOW).map((r) => r.name)).toEqual([
      'live since 11:00, past its end',
      'live since 11:30',
      'open, closes at 13:00',
      'open, closes at 14:00',
      'early entry, starts 12:05',
      'early entry, starts 12:10',
      'scheduled this afternoon',
      'scheduled tomorrow',
      'always open A',
      'always open B',
      'ended an hour ago',
      'ended yesterday',
      'deleted',
    ]);
  });

  it('leaves its input alone', () => {
    const before = ROOMS.map((r) => r.name);
    sortRoomsSoonestFirst(ROOMS, NOW);
    expect(ROOMS.map((r) => r.name)).toEqual(before);
  });
});

describe('nextOccurrenceSortKey and compareSortKeys', () => {
  it.each<[string, number]>([
    ['live since 11:30', 0],
    ['open, closes at 13:00', 1],
    ['early entry, starts 12:05', 2],
    ['scheduled tomorrow', 3],
    ['always open A', 4],
    ['ended yesterday', 5],
    ['deleted', 6],
  ])('%s is in group %s', (name, group) => {
    expect(nextOccurrenceSortKey(ROOMS.find((r) => r.name === name) as NamedRoom, NOW)[0]).toBe(group);
  });

  it.each<[readonly [number, number], readonly [number, number], number]>([
    [[0, 5], [1, 0], -1],
    [[1, 0], [0, 5], 1],
    [[2, 3], [2, 7], -4],
    [[4, 0], [4, 0], 0],
  ])('%j vs %j → %s', (a, b, expected) => expect(compareSortKeys(a, b)).toBe(expected));
});
