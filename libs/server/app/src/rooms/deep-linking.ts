import { Router } from 'express';
import { deepLinkingResponseBodySchema } from '@lti-rooms/contracts';
import { DomainError } from '@lti-rooms/domain';
import type { AccountRepository, RoomRelationsRepository, RoomRepository } from '@lti-rooms/server-persistence';
import type { PlatformServices } from '@lti-rooms/server-lti';
import { launchOf } from '../http/authenticate';
import { parseBody } from './parse-body';
import { RoomService } from './room-service';

export const ROOM_ID_PARAMETER = 'room_id';

/** POST /api/deep-linking/response: the chosen room, as a signed LtiResourceLink for the platform. */
export function deepLinkingRouter(deps: { rooms: RoomService; relations: RoomRelationsRepository; accounts: AccountRepository; platform: PlatformServices; publicUrl: string }): Router {
  const router = Router();
  router.post('/deep-linking/response', (req, res, next) => {
    (async () => {
      const launch = launchOf(res);
      if (launch.messageType !== 'LtiDeepLinkingRequest' || !launch.deepLinking) {
        throw new DomainError('FORBIDDEN', 'This page was not opened from the LMS to add content.');
      }
      const viewer = { accountId: launch.accountId, userId: launch.userId, channelId: launch.channelId };
      const { roomId } = parseBody(deepLinkingResponseBodySchema, req.body);
      const { room } = await deps.rooms.authorize(viewer, roomId, 'edit');
      if (launch.channelId) await deps.relations.publish(launch.accountId, room.id, launch.channelId, launch.userId);
      const account = (await deps.accounts.findById(launch.accountId))!;
      const form = await deps.platform.deepLinkingResponse(account, launch.deploymentId, launch.deepLinking, {
        title: room.name,
        text: `Meeting room: ${room.name}`,
        url: `${deps.publicUrl}/lti/launch`,
        custom: { [ROOM_ID_PARAMETER]: room.id },
      });
      res.json(form);
    })().catch(next);
  });
  return router;
}

/**
 * A launch of a link placed by Deep Linking opens its room, and publishes the room into
 * the course it was placed in if it is not there yet. Returns where the browser lands.
 */
export async function landingForRoomLink(
  deps: { rooms: RoomRepository; relations: RoomRelationsRepository },
  launch: { accountId: string; userId: string; channelId: string | null; custom: Record<string, unknown> },
): Promise<string | null> {
  const roomId = launch.custom[ROOM_ID_PARAMETER];
  if (typeof roomId !== 'string') return null;
  const room = await deps.rooms.find(launch.accountId, roomId);
  if (!room || room.deletedAt) return null;
  if (launch.channelId) await deps.relations.publish(launch.accountId, room.id, launch.channelId, room.ownerId);
  return `/rooms/${room.id}`;
}
