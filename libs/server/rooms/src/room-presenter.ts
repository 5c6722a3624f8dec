import type { RoomBody, RoomListItem, RoomStatusBody } from '@lti-rooms/contracts';
import {
  AccountSettings, allowedActions, chatAllowedBy, currentModeOf, currentRoomMode, storedModeChoice, LiveSession, isModeChoiceAvailable, restoreDeadline, RoomModeChoice, RoomPolicyContext, roomStatusAt, RoomStatus,
} from '@lti-rooms/domain';
import type { ChannelRef, RoomListRecord, RoomRecord } from '@lti-rooms/server-persistence';

export const modeChoiceOf = storedModeChoice;

/** The name of the room's template, when it has one the account still knows (the web words base modes). */
export function templateNameOf(choice: RoomModeChoice, settings: AccountSettings): string | null {
  return choice.kind === 'template' ? settings.templates.find((t) => t.id === choice.templateId)?.name ?? null : null;
}

function statusBody(status: RoomStatus): RoomStatusBody {
  switch (status.kind) {
    case 'scheduled':
      return { kind: 'scheduled', opensAt: status.opensAt.toISOString(), earlyEntryAt: status.earlyEntryAt.toISOString() };
    case 'early-entry':
      return { kind: 'early-entry', startsAt: status.startsAt.toISOString() };
    case 'open':
      return { kind: 'open', endsAt: status.endsAt.toISOString() };
    case 'ended':
      return { kind: 'ended', endedAt: status.endedAt.toISOString() };
    case 'live':
      return { kind: 'live', participantCount: status.participantCount, hostPresent: status.hostPresent };
    case 'always-open':
    case 'deleted':
      return { kind: status.kind };
  }
}

export interface RoomView {
  room: RoomRecord;
  access: RoomPolicyContext;
  channels: ChannelRef[];
  likes: { count: number; likedByMe: boolean };
  liveSession: LiveSession | null;
}

/** The JSON a client gets for a room: facts, derived status, and what this user may do. */
export function presentRoom({ room, access, channels, likes, liveSession }: RoomView, settings: AccountSettings, now: Date): RoomBody {
  const choice = modeChoiceOf(room);
  const current = currentRoomMode(room, settings);
  const actions = new Set(allowedActions(access));
  const deleted = room.deletedAt !== null;
  return {
    id: room.id,
    name: room.name,
    description: room.description,
    tags: room.tags,
    modeChoice: choice,
    mode: current.mode,
    templateName: templateNameOf(choice, settings),
    // Editors are told; the room keeps working as before.
    modeRetired: !isModeChoiceAvailable(choice, settings),
    availability: availabilityBody(room),
    earlyEntryMinutes: room.earlyEntryMinutes,
    chat: room.chat,
    chatAllowed: chatAllowedBy(current.features),
    status: statusBody(roomStatusAt({ availability: room.availability, earlyEntryMinutes: room.earlyEntryMinutes, liveSession, deletedAt: room.deletedAt }, now)),
    likes,
    owner: { id: room.ownerId, name: room.ownerName },
    channels,
    myRoles: access.roomRoles.filter((role): role is Exclude<typeof role, 'none'> => role !== 'none'),
    permissions: permissionsOf(actions, deleted),
    deletedAt: room.deletedAt?.toISOString() ?? null,
    restorableUntil: room.deletedAt ? restoreDeadline(room.deletedAt).toISOString() : null,
    createdAt: room.createdAt.toISOString(),
  };
}

/** A row of the channel page or My Rooms: the status, the mode's name, and whether this user may restore it. */
export function presentRoomListItem(room: RoomListRecord, canRestore: boolean, liveSession: LiveSession | null, settings: AccountSettings, now: Date): RoomListItem {
  return {
    id: room.id,
    name: room.name,
    mode: currentModeOf(room, settings),
    templateName: templateNameOf(modeChoiceOf(room), settings),
    availability: availabilityBody(room),
    status: statusBody(roomStatusAt({ availability: room.availability, earlyEntryMinutes: room.earlyEntryMinutes, liveSession, deletedAt: room.deletedAt }, now)),
    permissions: { restore: canRestore && room.deletedAt !== null },
    deletedAt: room.deletedAt?.toISOString() ?? null,
    restorableUntil: room.deletedAt ? restoreDeadline(room.deletedAt).toISOString() : null,
  };
}

function permissionsOf(actions: ReadonlySet<string>, deleted: boolean): RoomBody['permissions'] {
  return {
    edit: actions.has('edit'),
    delete: actions.has('delete'),
    restore: actions.has('restore') && deleted,
    start: actions.has('start'),
    join: actions.has('view') && !deleted,
    publish: actions.has('publish'),
    like: actions.has('like'),
    manageCollaborators: actions.has('manageCollaborators'),
    viewAttendance: actions.has('viewAttendance'),
  };
}

function availabilityBody(room: Pick<RoomRecord, 'availability'>): RoomBody['availability'] {
  return room.availability.kind === 'always'
    ? { kind: 'always' }
    : { kind: 'scheduled', start: room.availability.start.toISOString(), end: room.availability.end.toISOString() };
}
