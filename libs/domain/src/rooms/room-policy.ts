import { ChannelRole } from '../channel-role';

/** Roles a user holds on one room, beside their channel role (SPEC "Role mapping"). */
export const ROOM_ROLES = ['owner', 'co-editor', 'co-publisher', 'room-moderator', 'none'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

export const ROOM_ACTIONS = [
  'view',
  'edit',
  'delete',
  'restore',
  'start',
  'publish',
  'unpublish',
  'like',
  'manageCollaborators',
  'viewAttendance',
] as const;
export type RoomAction = (typeof ROOM_ACTIONS)[number];

export interface RoomPolicyContext {
  /** Role in a channel where the room is published; null when the user is in no such channel. */
  channelRole: ChannelRole | null;
  /** A user may hold several (co-editor and room moderator, say); 'none' grants nothing. */
  roomRoles: readonly RoomRole[];
  roomDeleted: boolean;
}

/** Who a rule names: a room role, or a role in a channel where the room is published. */
type Grantee = Exclude<RoomRole, 'none'> | `channel ${ChannelRole}`;

const EVERY_MEMBER: readonly Grantee[] = [
  'owner', 'co-editor', 'co-publisher', 'room-moderator', 'channel manager', 'channel moderator', 'channel participant',
];

/**
 * Who may do what on a room that is not deleted. A channel manager is co-editor and
 * moderator of every room published in their channel, and curates what the channel shows
 * (publish, unpublish); deleting and choosing collaborators stay with the owner.
 */
const RULES: Record<RoomAction, readonly Grantee[]> = {
  view: EVERY_MEMBER,
  like: EVERY_MEMBER,
  edit: ['owner', 'co-editor', 'channel manager'],
  delete: ['owner'],
  // Restoring a room that is not deleted is a harmless no-op; the policy answers who, not when.
  restore: ['owner'],
  start: ['owner', 'co-editor', 'room-moderator', 'channel manager', 'channel moderator'],
  publish: ['owner', 'co-publisher', 'channel manager'],
  unpublish: ['owner', 'co-publisher', 'channel manager'],
  manageCollaborators: ['owner'],
  viewAttendance: ['owner', 'co-editor', 'channel manager'],
};

/** A deleted room is the owner's alone, to look at and bring back within the restore window. */
const RULES_ON_DELETED_ROOM: Record<RoomAction, readonly Grantee[]> = {
  view: ['owner'],
  restore: ['owner'],
  like: [],
  edit: [],
  delete: [],
  start: [],
  publish: [],
  unpublish: [],
  manageCollaborators: [],
  viewAttendance: [],
};

function granteesOf({ channelRole, roomRoles }: RoomPolicyContext): Set<Grantee> {
  const grantees = new Set<Grantee>();
  for (const role of roomRoles) if (role !== 'none') grantees.add(role);
  if (channelRole !== null) grantees.add(`channel ${channelRole}`);
  return grantees;
}

/** The server's check before every room operation; the client only uses it to hide buttons. */
export function canPerform(action: RoomAction, context: RoomPolicyContext): boolean {
  return permits(action, context.roomDeleted ? RULES_ON_DELETED_ROOM : RULES, granteesOf(context));
}

function permits(action: RoomAction, rules: typeof RULES, grantees: ReadonlySet<Grantee>): boolean {
  return rules[action].some((grantee) => grantees.has(grantee));
}

/** Everything the user may do on the room, for presenters that tell the client what to show. */
export function allowedActions(context: RoomPolicyContext): RoomAction[] {
  // One grantee set for every action: a list of 1,000 rooms asks this 1,000 times.
  const rules = context.roomDeleted ? RULES_ON_DELETED_ROOM : RULES;
  const grantees = granteesOf(context);
  return ROOM_ACTIONS.filter((action) => permits(action, rules, grantees));
}

/** SPEC "Meetings": owner, co-editors, room moderators, channel managers and moderators start; they never wait. */
export function canStartSession(context: RoomPolicyContext): boolean {
  return canPerform('start', context);
}

/** A room may be published only into a channel where the user is manager (SPEC: co-publisher). */
export function canPublishTo(channelRoleInTargetChannel: ChannelRole | null): boolean {
  return channelRoleInTargetChannel === 'manager';
}

/** Both halves of publishing: a right over the room, and managership of the target channel. */
export function canPublishRoomTo(context: RoomPolicyContext, channelRoleInTargetChannel: ChannelRole | null): boolean {
  return canPerform('publish', context) && canPublishTo(channelRoleInTargetChannel);
}

/**
 * Taking a room out of a channel. The owner may withdraw their room from any channel;
 * anyone else needs the unpublish right and managership of that channel.
 */
export function canUnpublishRoomFrom(context: RoomPolicyContext, channelRoleInThatChannel: ChannelRole | null): boolean {
  if (!canPerform('unpublish', context)) return false;
  return context.roomRoles.includes('owner') || canPublishTo(channelRoleInThatChannel);
}
