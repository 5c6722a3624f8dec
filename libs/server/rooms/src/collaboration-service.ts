import { canPublishRoomTo, canUnpublishRoomFrom, DomainError, forbidden, invalid, notFound } from '@lti-rooms/domain';
import type { AccountRepository, CollaboratorRepository, CollaboratorRole, Database, PublicationRepository } from '@lti-rooms/server-persistence';
import { PlatformServiceError, PlatformServices, RosterMember } from '@lti-rooms/server-lti';
import type { Viewer } from '@lti-rooms/server-http';
import { policyContextFor } from './room-access';
import { RoomService } from './room-service';

export interface CollaborationDeps {
  db: Database;
  rooms: RoomService;
  publications: PublicationRepository;
  collaborators: CollaboratorRepository;
  accounts: AccountRepository;
  platform: PlatformServices;
}

/** Collaborators picked from the course roster, and the channels a room is published in. */
export class CollaborationService {
  constructor(private readonly deps: CollaborationDeps) {}

  async roster(viewer: Viewer, channelId: string): Promise<Array<RosterMember & { userId: string | null }>> {
    const { publications, collaborators, accounts, platform, db } = this.deps;
    const role = await publications.channelRoleIn(viewer.accountId, channelId, viewer.userId);
    if (!role) throw notFound('COURSE_NOT_FOUND');
    if (role !== 'manager') throw forbidden('ROSTER_FOR_HOSTS_ONLY');
    const [channel] = await db.select<{ nrps_url: string | null }>('SELECT nrps_url FROM channels WHERE account_id = :accountId AND id = :channelId', { accountId: viewer.accountId, channelId });
    if (!channel?.nrps_url) throw new DomainError('UPSTREAM_FAILED', 'ROSTER_NOT_OFFERED');
    const account = (await accounts.findById(viewer.accountId))!;
    let members: RosterMember[];
    try {
      members = await platform.courseRoster(account, channel.nrps_url);
    } catch (error) {
      if (error instanceof PlatformServiceError) throw new DomainError('UPSTREAM_FAILED', 'ROSTER_UNREADABLE');
      throw error;
    }
    return Promise.all(members.map(async (member) => ({ ...member, userId: (await collaborators.findUserBySub(viewer.accountId, member.ltiSub))?.id ?? null })));
  }

  async collaborators(viewer: Viewer, roomId: string) {
    await this.deps.rooms.authorize(viewer, roomId, 'view');
    return this.deps.collaborators.listFor(viewer.accountId, roomId);
  }

  /** Adds a roster member; one who never launched the tool gets a user row now, so the role waits for them. */
  async addCollaborator(viewer: Viewer, roomId: string, member: { ltiSub: string; name: string; email: string | null }, role: CollaboratorRole) {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, 'manageCollaborators');
    const userId = await this.ensureUser(viewer.accountId, member);
    // The owner holds every right already; as a collaborator too they could only lose track of it.
    if (userId === room.ownerId) throw invalid([{ path: 'ltiSub', code: 'OWNER_IS_NOT_A_COLLABORATOR' }]);
    await this.deps.collaborators.add(viewer.accountId, roomId, userId, role);
    return this.deps.collaborators.listFor(viewer.accountId, roomId);
  }

  async removeCollaborator(viewer: Viewer, roomId: string, userId: string, role: CollaboratorRole) {
    await this.deps.rooms.authorize(viewer, roomId, 'manageCollaborators');
    if (!(await this.deps.collaborators.remove(viewer.accountId, roomId, userId, role))) throw notFound('COLLABORATOR_NOT_FOUND');
    return this.deps.collaborators.listFor(viewer.accountId, roomId);
  }

  async publishing(viewer: Viewer, roomId: string) {
    await this.deps.rooms.authorize(viewer, roomId, 'view');
    return this.deps.publications.managedChannels(viewer.accountId, viewer.userId, roomId);
  }

  async setPublished(viewer: Viewer, roomId: string, channelId: string, published: boolean) {
    const { room } = await this.deps.rooms.authorize(viewer, roomId, published ? 'publish' : 'unpublish');
    const access = await policyContextFor(this.deps, viewer, room);
    const roleThere = await this.deps.publications.channelRoleIn(viewer.accountId, channelId, viewer.userId);
    const allowed = published ? canPublishRoomTo(access, roleThere) : canUnpublishRoomFrom(access, roleThere);
    if (!allowed) throw forbidden(published ? 'PUBLISH_NOT_ALLOWED' : 'UNPUBLISH_NOT_ALLOWED');
    if (published) await this.deps.publications.publish(viewer.accountId, roomId, channelId, viewer.userId);
    else await this.deps.publications.unpublish(viewer.accountId, roomId, channelId);
    // Authorized above, before the change: a course manager who just took the room out of
    // their only course no longer sees it, and must still be told the change was made.
    return this.deps.publications.managedChannels(viewer.accountId, viewer.userId, roomId);
  }

  private async ensureUser(accountId: string, member: { ltiSub: string; name: string; email: string | null }): Promise<string> {
    const existing = await this.deps.collaborators.findUserBySub(accountId, member.ltiSub);
    if (existing) return existing.id;
    return this.deps.collaborators.createUserFromRoster(accountId, member);
  }
}
