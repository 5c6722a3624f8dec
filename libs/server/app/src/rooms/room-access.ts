import { RoomPolicyContext, RoomRole } from '@lti-rooms/domain';
import type { RoomRecord, RoomRelationsRepository } from '@lti-rooms/server-persistence';

/** Who is asking: from the launch token, loaded per request. */
export interface Viewer {
  accountId: string;
  userId: string;
  /** The channel (course) the user launched from, if any. */
  channelId: string | null;
}

/** The policy context of one user on one room: owner and collaborator roles, and their channel role. */
export async function policyContextFor(relations: RoomRelationsRepository, viewer: Viewer, room: RoomRecord): Promise<RoomPolicyContext> {
  const roomRoles: RoomRole[] = await relations.collaboratorRolesOf(viewer.accountId, room.id, viewer.userId);
  if (room.ownerId === viewer.userId) roomRoles.unshift('owner');
  return {
    channelRole: await relations.channelRoleFor(viewer.accountId, room.id, viewer.userId),
    roomRoles,
    roomDeleted: room.deletedAt !== null,
  };
}
