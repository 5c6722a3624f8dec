import { RoomStatus, roomStatusAt, RoomStatusKind, RoomTimeline } from './room-status';

/** [group, position within the group]; smaller sorts first. */
export type SortKey = readonly [group: number, within: number];

/** SPEC "Channel page": what can be joined now first, then what comes soonest, the past last. */
const GROUP: Record<RoomStatusKind, number> = {
  live: 0,
  open: 1,
  'early-entry': 2,
  scheduled: 3,
  'always-open': 4,
  ended: 5,
  deleted: 6,
};

function positionWithinGroup(status: RoomStatus): number {
  switch (status.kind) {
    case 'live':
      return status.startedAt.getTime();
    // Among open rooms the one closing soonest is the one a user would miss first.
    case 'open':
      return status.endsAt.getTime();
    case 'early-entry':
      return status.startsAt.getTime();
    case 'scheduled':
      return status.opensAt.getTime();
    // Most recently ended first: last week's lecture is more relevant than last year's.
    case 'ended':
      return -status.endedAt.getTime();
    case 'always-open':
    case 'deleted':
      return 0;
  }
}

export function nextOccurrenceSortKey(room: RoomTimeline, now: Date): SortKey {
  const status = roomStatusAt(room, now);
  return [GROUP[status.kind], positionWithinGroup(status)];
}

export function compareSortKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** A new array, soonest first; rooms that tie keep the caller's order (e.g. by name). */
export function sortRoomsSoonestFirst<T extends RoomTimeline>(rooms: readonly T[], now: Date): T[] {
  return rooms
    .map((room) => ({ room, key: nextOccurrenceSortKey(room, now) }))
    .sort((a, b) => compareSortKeys(a.key, b.key))
    .map(({ room }) => room);
}
