import { ChannelRole } from '../channel-role';
import { RoomRole } from '../rooms/room-policy';
import { isHostRole, SessionRole, sessionRoleFor } from './session-role';

describe('sessionRoleFor', () => {
  it.each<[ChannelRole | null, RoomRole, boolean, SessionRole]>([
    ['manager', 'none', false, 'host'],
    ['moderator', 'none', false, 'host'],
    ['participant', 'owner', false, 'host'],
    ['participant', 'co-editor', false, 'host'],
    ['participant', 'room-moderator', false, 'host'],
    ['participant', 'co-publisher', false, 'participant'],
    ['participant', 'none', false, 'participant'],
    ['participant', 'none', true, 'observer'],
    // A mentor made room moderator runs the session like any host.
    ['participant', 'room-moderator', true, 'host'],
    ['manager', 'none', true, 'host'],
  ])('channel %s, room %s, observer %s → %s', (channelRole, roomRole, isObserver, expected) => {
    expect(sessionRoleFor({ channelRole, roomRoles: [roomRole], roomDeleted: false }, isObserver)).toBe(expected);
  });

  it('nobody hosts a deleted room', () => {
    expect(sessionRoleFor({ channelRole: 'manager', roomRoles: ['owner'], roomDeleted: true }, false)).toBe('participant');
  });
});

describe('isHostRole', () => {
  it.each<[SessionRole, boolean]>([['host', true], ['participant', false], ['observer', false]])('%s → %s', (role, expected) => expect(isHostRole(role)).toBe(expected));
});
