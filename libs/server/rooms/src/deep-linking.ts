import { Router } from 'express';
import { deepLinkingResponseBodySchema } from '@lti-rooms/contracts';
import { canPublishRoomTo, forbidden, roomLinkDecision } from '@lti-rooms/domain';
import type { AccountRepository, CollaboratorRepository, PublicationRepository, RoomRepository } from '@lti-rooms/server-persistence';
import { LaunchRefused, PlatformServices } from '@lti-rooms/server-lti';
import { callerOf, launchOf, parseBody, route } from '@lti-rooms/server-http';
import type { Logger } from '@lti-rooms/server-core';
import { policyContextFor } from './room-access';
import { ROOM_LINK_PARAMETER, RoomLinks } from './room-link';
import { RoomService } from './room-service';

export interface DeepLinkingDeps {
  rooms: RoomService;
  publications: PublicationRepository;
  accounts: AccountRepository;
  platform: PlatformServices;
  links: RoomLinks;
  publicUrl: string;
}

/** POST /api/deep-linking/response: the chosen room, as a signed LtiResourceLink for the platform. */
export function deepLinkingRouter(deps: DeepLinkingDeps): Router {
  const router = Router();
  router.post('/deep-linking/response', route(async (req, res) => {
      const launch = launchOf(res);
      if (launch.messageType !== 'LtiDeepLinkingRequest' || !launch.deepLinking) {
        throw forbidden('NOT_A_DEEP_LINKING_LAUNCH');
      }
      const viewer = callerOf(launch);
      const { roomId } = parseBody(deepLinkingResponseBodySchema, req.body);
      // Placing a link in a course publishes the room there: the same rule as publishing by hand.
      // Outside a course nothing is published, and the link is its editors' to hand out.
      const { room, access } = await deps.rooms.authorize(viewer, roomId, launch.channelId ? 'view' : 'edit');
      if (launch.channelId) {
        const roleThere = await deps.publications.channelRoleIn(launch.accountId, launch.channelId, launch.userId);
        if (!canPublishRoomTo(access, roleThere)) throw forbidden('PLACE_NOT_ALLOWED');
        await deps.publications.publish(launch.accountId, room.id, launch.channelId, launch.userId);
      }
      const account = (await deps.accounts.findById(launch.accountId))!;
      const link = await deps.links.sign({ accountId: launch.accountId, roomId: room.id, channelId: launch.channelId });
      const form = await deps.platform.deepLinkingResponse(account, launch.deploymentId, launch.deepLinking, {
        title: room.name,
        text: `Meeting room: ${room.name}`,
        url: `${deps.publicUrl}/lti/launch`,
        custom: { [ROOM_LINK_PARAMETER]: link },
      });
      res.json(form);
  }));
  return router;
}

export interface RoomLinkLaunch {
  accountId: string;
  userId: string;
  channelId: string | null;
  custom: Record<string, unknown>;
}

/**
 * Where a launch that names a room lands (null: it names none). The room opens only if it
 * is published in the launching course or the user may publish it there (roomLinkDecision);
 * otherwise the launch is refused with ROOM_NOT_IN_COURSE, before any launch token is
 * issued, and nothing about the room changes. The same answer for a room that does not
 * exist, so a refusal tells nothing about other courses' rooms.
 */
export async function landingForRoomLink(
  deps: { rooms: RoomRepository; publications: PublicationRepository; collaborators: CollaboratorRepository; links: RoomLinks; logger: Logger },
  launch: RoomLinkLaunch,
): Promise<string | null> {
  const reference = await deps.links.referenceIn(launch.custom, launch.accountId);
  if (reference.kind === 'none') return null;
  const log = { accountId: launch.accountId, userId: launch.userId, channelId: launch.channelId, reference: reference.kind };
  if (reference.kind === 'invalid') {
    deps.logger.warn({ ...log, reason: reference.reason }, 'room link refused');
    throw new LaunchRefused('ROOM_NOT_IN_COURSE', reference.reason);
  }
  const room = await deps.rooms.find(launch.accountId, reference.roomId);
  const viewer = callerOf(launch);
  const policy = room ? await policyContextFor(deps, viewer, room) : null;
  const course = launch.channelId
    ? {
        publishedThere: room ? await deps.publications.isPublishedIn(launch.accountId, room.id, launch.channelId) : false,
        roleThere: await deps.publications.channelRoleIn(launch.accountId, launch.channelId, launch.userId),
      }
    : null;
  const decision = room && policy ? roomLinkDecision(policy, course) : 'refuse';
  const placedElsewhere = reference.kind === 'signed' && reference.placedInChannelId !== launch.channelId;
  if (decision === 'refuse') {
    deps.logger.warn({ ...log, roomId: reference.roomId, placedElsewhere }, 'room link refused: the room is not part of this course');
    throw new LaunchRefused('ROOM_NOT_IN_COURSE');
  }
  if (decision === 'publish-and-open') {
    deps.logger.info({ ...log, roomId: reference.roomId, placedElsewhere }, 'room link published the room into the launching course');
    await deps.publications.publish(launch.accountId, room!.id, launch.channelId!, launch.userId);
  }
  return `/rooms/${room!.id}`;
}
