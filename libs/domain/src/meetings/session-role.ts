import { canStartSession, RoomPolicyContext } from '../rooms/room-policy';

/**
 * How a person takes part in one session. "host" covers everyone the SPEC lets start, run
 * and end a session (owner, co-editors, room moderators, channel managers and moderators):
 * the SPEC's "hosts and moderators" have the same powers inside a meeting, so the meeting
 * rules need only one word for them.
 */
export const SESSION_ROLES = ['host', 'participant', 'observer'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

/**
 * A launch's observer flag (Mentor, Observer, unknown roles) only matters when the person is
 * not a host: a mentor who is also a room moderator runs the session like any host.
 */
export function sessionRoleFor(policy: RoomPolicyContext, isObserver: boolean): SessionRole {
  if (canStartSession(policy)) return 'host';
  return isObserver ? 'observer' : 'participant';
}

export function isHostRole(role: SessionRole): boolean {
  return role === 'host';
}
