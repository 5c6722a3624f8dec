import { ChannelRole } from '../channel-role';
import {
  allowedActions,
  canPerform,
  canPublishRoomTo,
  canPublishTo,
  canStartSession,
  canUnpublishRoomFrom,
  ROOM_ACTIONS,
  RoomAction,
  RoomRole,
} from './room-policy';

const Y = true;
const N = false;

// The expected permissions, written out by hand from the SPEC — deliberately not derived
// from the rules under test. Columns follow ROOM_ACTIONS:
const COLUMNS: readonly RoomAction[] = ['view', 'edit', 'delete', 'restore', 'start', 'publish', 'unpublish', 'like', 'manageCollaborators', 'viewAttendance'];

type Row = [channelRole: ChannelRole | null, roomRole: RoomRole, allowed: readonly boolean[]];

const ROOM_NOT_DELETED: Row[] = [
  //                               view edit del  rest start pub  unpub like collab attend
  ['manager', 'owner',            [Y,   Y,   Y,   Y,   Y,    Y,   Y,    Y,   Y,     Y]],
  ['manager', 'co-editor',        [Y,   Y,   N,   N,   Y,    Y,   Y,    Y,   N,     Y]],
  ['manager', 'co-publisher',     [Y,   Y,   N,   N,   Y,    Y,   Y,    Y,   N,     Y]],
  ['manager', 'room-moderator',   [Y,   Y,   N,   N,   Y,    Y,   Y,    Y,   N,     Y]],
  ['manager', 'none',             [Y,   Y,   N,   N,   Y,    Y,   Y,    Y,   N,     Y]],
  ['moderator', 'owner',          [Y,   Y,   Y,   Y,   Y,    Y,   Y,    Y,   Y,     Y]],
  ['moderator', 'co-editor',      [Y,   Y,   N,   N,   Y,    N,   N,    Y,   N,     Y]],
  ['moderator', 'co-publisher',   [Y,   N,   N,   N,   Y,    Y,   Y,    Y,   N,     N]],
  ['moderator', 'room-moderator', [Y,   N,   N,   N,   Y,    N,   N,    Y,   N,     N]],
  ['moderator', 'none',           [Y,   N,   N,   N,   Y,    N,   N,    Y,   N,     N]],
  ['participant', 'owner',        [Y,   Y,   Y,   Y,   Y,    Y,   Y,    Y,   Y,     Y]],
  ['participant', 'co-editor',    [Y,   Y,   N,   N,   Y,    N,   N,    Y,   N,     Y]],
  ['participant', 'co-publisher', [Y,   N,   N,   N,   N,    Y,   Y,    Y,   N,     N]],
  ['participant', 'room-moderator', [Y, N,   N,   N,   Y,    N,   N,    Y,   N,     N]],
  ['participant', 'none',         [Y,   N,   N,   N,   N,    N,   N,    Y,   N,     N]],
  [null, 'owner',                 [Y,   Y,   Y,   Y,   Y,    Y,   Y,    Y,   Y,     Y]],
  [null, 'co-editor',             [Y,   Y,   N,   N,   Y,    N,   N,    Y,   N,     Y]],
  [null, 'co-publisher',          [Y,   N,   N,   N,   N,    Y,   Y,    Y,   N,     N]],
  [null, 'room-moderator',        [Y,   N,   N,   N,   Y,    N,   N,    Y,   N,     N]],
  [null, 'none',                  [N,   N,   N,   N,   N,    N,   N,    N,   N,     N]],
];

// On a deleted room the channel role no longer matters: only the owner may look and restore.
const ROOM_DELETED: Array<[roomRole: RoomRole, allowed: readonly boolean[]]> = [
  //                   view edit del  rest start pub  unpub like collab attend
  ['owner',           [Y,   N,   N,   Y,   N,    N,   N,    N,   N,     N]],
  ['co-editor',       [N,   N,   N,   N,   N,    N,   N,    N,   N,     N]],
  ['co-publisher',    [N,   N,   N,   N,   N,    N,   N,    N,   N,     N]],
  ['room-moderator',  [N,   N,   N,   N,   N,    N,   N,    N,   N,     N]],
  ['none',            [N,   N,   N,   N,   N,    N,   N,    N,   N,     N]],
];
const CHANNEL_ROLES_AND_NONE: Array<ChannelRole | null> = ['manager', 'moderator', 'participant', null];

function cells(row: Row): Array<[ChannelRole | null, RoomRole, RoomAction, boolean]> {
  const [channelRole, roomRole, allowed] = row;
  return COLUMNS.map((action, i) => [channelRole, roomRole, action, allowed[i]]);
}

describe('canPerform: the expected table covers every cell', () => {
  it('has one column per action and one row per pair of roles', () => {
    expect([...COLUMNS].sort()).toEqual([...ROOM_ACTIONS].sort());
    expect(ROOM_NOT_DELETED).toHaveLength(4 * 5);
    for (const [, , allowed] of ROOM_NOT_DELETED) expect(allowed).toHaveLength(COLUMNS.length);
    for (const [, allowed] of ROOM_DELETED) expect(allowed).toHaveLength(COLUMNS.length);
  });
});

describe('canPerform on a room that is not deleted', () => {
  it.each(ROOM_NOT_DELETED.flatMap(cells))('channel %s, room %s: %s → %s', (channelRole, roomRole, action, expected) => {
    expect(canPerform(action, { channelRole, roomRoles: [roomRole], roomDeleted: false })).toBe(expected);
  });
});

describe('canPerform on a deleted room', () => {
  const deletedCells = ROOM_DELETED.flatMap(([roomRole, allowed]) =>
    CHANNEL_ROLES_AND_NONE.flatMap((channelRole) => cells([channelRole, roomRole, allowed])),
  );
  it.each(deletedCells)('channel %s, room %s: %s → %s', (channelRole, roomRole, action, expected) => {
    expect(canPerform(action, { channelRole, roomRoles: [roomRole], roomDeleted: true })).toBe(expected);
  });
});

describe('several room roles add up', () => {
  it.each<[string, RoomRole[], ChannelRole | null, RoomAction[]]>([
    ['co-publisher and room moderator', ['co-publisher', 'room-moderator'], null, ['view', 'start', 'publish', 'unpublish', 'like']],
    ['co-editor and co-publisher', ['co-editor', 'co-publisher'], null, ['view', 'edit', 'start', 'publish', 'unpublish', 'like', 'viewAttendance']],
    ["'none' beside owner changes nothing", ['none', 'owner'], null, [...ROOM_ACTIONS]],
    ['no room roles at all, participant', [], 'participant', ['view', 'like']],
    ['no room roles at all, no channel', [], null, []],
  ])('%s', (_label, roomRoles, channelRole, expected) => {
    expect(allowedActions({ channelRole, roomRoles, roomDeleted: false })).toEqual(expected);
  });
});

describe('canStartSession', () => {
  it.each<[RoomRole, ChannelRole | null, boolean, boolean]>([
    ['none', 'moderator', false, true],
    ['room-moderator', null, false, true],
    ['none', 'participant', false, false],
    ['owner', 'manager', true, false],
  ])('room %s, channel %s, deleted %s → %s', (roomRole, channelRole, roomDeleted, expected) => {
    expect(canStartSession({ channelRole, roomRoles: [roomRole], roomDeleted })).toBe(expected);
  });
});

describe('canPublishTo: only managers of the target channel', () => {
  it.each<[ChannelRole | null, boolean]>([
    ['manager', true],
    ['moderator', false],
    ['participant', false],
    [null, false],
  ])('%s → %s', (role, expected) => expect(canPublishTo(role)).toBe(expected));
});

describe('canPublishRoomTo needs the right over the room and managership of the target', () => {
  it.each<[RoomRole, ChannelRole | null, boolean, ChannelRole | null, boolean]>([
    ['co-publisher', null, false, 'manager', true],
    ['co-publisher', null, false, 'moderator', false],
    ['owner', null, false, 'participant', false],
    ['owner', null, false, 'manager', true],
    ['co-editor', null, false, 'manager', false],
    ['none', 'manager', false, 'manager', true],
    ['owner', null, true, 'manager', false],
  ])('room %s, channel %s, deleted %s, target %s → %s', (roomRole, channelRole, roomDeleted, target, expected) => {
    expect(canPublishRoomTo({ channelRole, roomRoles: [roomRole], roomDeleted }, target)).toBe(expected);
  });
});

describe('canUnpublishRoomFrom: the owner anywhere, others where they manage', () => {
  it.each<[RoomRole, ChannelRole | null, ChannelRole | null, boolean]>([
    ['owner', null, null, true],
    ['owner', null, 'participant', true],
    ['co-publisher', null, 'manager', true],
    ['co-publisher', null, 'moderator', false],
    ['none', 'manager', 'manager', true],
    ['none', 'manager', 'participant', false],
    ['co-editor', null, 'manager', false],
  ])('room %s, channel %s, in that channel %s → %s', (roomRole, channelRole, there, expected) => {
    expect(canUnpublishRoomFrom({ channelRole, roomRoles: [roomRole], roomDeleted: false }, there)).toBe(expected);
  });
});
