import { ChannelRole } from '../channel-role';
import { roomLinkDecision, RoomLinkDecision } from './room-link';
import { RoomRole } from './room-policy';

type Case = [
  label: string,
  roomRole: RoomRole,
  /** Role in a course where the room is published (not the launching one), if any. */
  roleWhereRoomIs: ChannelRole | null,
  course: { publishedThere: boolean; roleThere: ChannelRole | null } | null,
  expected: RoomLinkDecision,
];

// Written from issue 10 / SPEC "Security of the edge", not derived from the policy table.
const CASES: Case[] = [
  ['a student where the room is published', 'none', 'participant', { publishedThere: true, roleThere: 'participant' }, 'open'],
  ['an instructor where the room is published', 'none', 'manager', { publishedThere: true, roleThere: 'manager' }, 'open'],
  ['the owner who manages the launching course', 'owner', 'manager', { publishedThere: false, roleThere: 'manager' }, 'publish-and-open'],
  ['a co-publisher who manages the launching course', 'co-publisher', null, { publishedThere: false, roleThere: 'manager' }, 'publish-and-open'],
  ['the owner as a student of the launching course', 'owner', 'manager', { publishedThere: false, roleThere: 'participant' }, 'refuse'],
  ['the owner as a moderator (TA) of the launching course', 'owner', 'manager', { publishedThere: false, roleThere: 'moderator' }, 'refuse'],
  ['a co-editor who manages the launching course', 'co-editor', null, { publishedThere: false, roleThere: 'manager' }, 'refuse'],
  ['a room moderator who manages the launching course', 'room-moderator', null, { publishedThere: false, roleThere: 'manager' }, 'refuse'],
  ['an instructor of another course, no right on the room', 'none', null, { publishedThere: false, roleThere: 'manager' }, 'refuse'],
  ['a student of another course', 'none', null, { publishedThere: false, roleThere: 'participant' }, 'refuse'],
  ['a manager of a course where the room is, managing the launching one too', 'none', 'manager', { publishedThere: false, roleThere: 'manager' }, 'publish-and-open'],
  ['a student of a course where the room is, managing the launching one', 'none', 'participant', { publishedThere: false, roleThere: 'manager' }, 'refuse'],
  ['no course: the owner', 'owner', null, null, 'open'],
  ['no course: a co-editor', 'co-editor', null, null, 'open'],
  ['no course: a member of a course where the room is', 'none', 'participant', null, 'open'],
  ['no course: a stranger', 'none', null, null, 'refuse'],
];

describe('roomLinkDecision', () => {
  it.each(CASES)('%s', (_label, roomRole, roleWhereRoomIs, course, expected) => {
    const policy = { channelRole: roleWhereRoomIs, roomRoles: [roomRole], roomDeleted: false };
    expect(roomLinkDecision(policy, course)).toBe(expected);
  });

  it('refuses a deleted room, even to its owner where it was published', () => {
    const policy = { channelRole: 'manager' as const, roomRoles: ['owner' as const], roomDeleted: true };
    expect(roomLinkDecision(policy, { publishedThere: true, roleThere: 'manager' })).toBe('refuse');
    expect(roomLinkDecision(policy, null)).toBe('refuse');
  });
});
