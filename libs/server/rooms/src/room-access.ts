import { RoomPolicyContext, RoomRole } from '@lti-rooms/domain';
import type { CollaboratorRepository, PublicationRepository, RoomFacts, RoomRecord } from '@lti-rooms/server-persistence';
import type { Viewer } from '@lti-rooms/server-http';


/** The policy context of one user on one room: owner and collaborator roles, and their channel role. */
export async function policyContextFor(
  { publications, collaborators }: { publications: PublicationRepository; collaborators: CollaboratorRepository },
  viewer: Viewer,
  room: RoomRecord,
): Promise<RoomPolicyContext> {
  const roomRoles: RoomRole[] = await collaborators.rolesOf(viewer.accountId, room.id, viewer.userId);
  if (room.ownerId === viewer.userId) roomRoles.unshift('owner');
  return {
    channelRole: await publications.channelRoleFor(viewer.accountId, room.id, viewer.userId),
    roomRoles,
    roomDeleted: room.deletedAt !== null,
  };
}

/** The same context from facts loaded for a whole list at once (RoomFactsRepository). */
export function policyContextOf(viewer: Viewer, room: Pick<RoomRecord, 'ownerId' | 'deletedAt'>, facts: RoomFacts): RoomPolicyContext {
  const roomRoles: RoomRole[] = [...facts.collaboratorRoles];
  if (room.ownerId === viewer.userId) roomRoles.unshift('owner');
  return { channelRole: facts.channelRole, roomRoles, roomDeleted: room.deletedAt !== null };
}
