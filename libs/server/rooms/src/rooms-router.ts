import { Router } from 'express';
import {
  collaboratorListSchema, createRoomBodySchema, publishableChannelsSchema, rosterSchema, setCollaboratorBodySchema, updateRoomBodySchema,
} from '@lti-rooms/contracts';
import { invalid } from '@lti-rooms/domain';
import type { CollaboratorRole, PublicationRepository } from '@lti-rooms/server-persistence';
import { z } from 'zod';
import { launchOf, parseBody, route, viewerOf } from '@lti-rooms/server-http';
import { CollaborationService } from './collaboration-service';
import { roomDirections } from './room-directions';
import { RoomService } from './room-service';

const addCollaboratorSchema = setCollaboratorBodySchema.extend({ ltiSub: z.string().min(1) });
const collaboratorRole = (value: string): CollaboratorRole => {
  const parsed = setCollaboratorBodySchema.shape.role.safeParse(value);
  if (!parsed.success) throw invalid([{ path: 'role', code: 'UNKNOWN_ROLE' }]);
  return parsed.data;
};

/** /api/rooms, /api/my-rooms and /api/channels/:id/(rooms|roster). */
export function roomsRouter(rooms: RoomService, collaboration: CollaborationService): Router {
  const router = Router();

  router.get('/rooms/form-options', route(async (req, res) => {
    const channelId = typeof req.query.channelId === 'string' ? req.query.channelId : null;
    res.json(await rooms.formOptions(viewerOf(res), channelId));
  }));
  router.post('/rooms', route(async (req, res) => {
    res.status(201).json(await rooms.create(viewerOf(res), parseBody(createRoomBodySchema, req.body)));
  }));
  router.get('/my-rooms', route(async (_req, res) => res.json({ rooms: await rooms.listMine(viewerOf(res)) })));
  router.get('/channels/:channelId/rooms', route(async (req, res) => res.json({ rooms: await rooms.listChannel(viewerOf(res), req.params.channelId) })));
  router.get('/channels/:channelId/roster', route(async (req, res) => {
    res.json(rosterSchema.parse({ members: await collaboration.roster(viewerOf(res), req.params.channelId) }));
  }));

  router.get('/channels/:channelId/waiting', route(async (req, res) => res.json(await rooms.waitingFor(viewerOf(res), { channelId: req.params.channelId }))));
  router.get('/rooms/:roomId/waiting', route(async (req, res) => res.json(await rooms.waitingFor(viewerOf(res), { roomId: req.params.roomId }))));
  router.get('/rooms/:roomId', route(async (req, res) => res.json(await rooms.get(viewerOf(res), req.params.roomId))));
  router.patch('/rooms/:roomId', route(async (req, res) => {
    res.json(await rooms.update(viewerOf(res), req.params.roomId, parseBody(updateRoomBodySchema, req.body)));
  }));
  router.delete('/rooms/:roomId', route(async (req, res) => {
    await rooms.remove(viewerOf(res), req.params.roomId, launchOf(res).userName);
    res.status(204).end();
  }));
  router.post('/rooms/:roomId/restore', route(async (req, res) => res.json(await rooms.restore(viewerOf(res), req.params.roomId, launchOf(res).userName))));
  router.put('/rooms/:roomId/like', route(async (req, res) => res.json(await rooms.setLike(viewerOf(res), req.params.roomId, true))));
  router.delete('/rooms/:roomId/like', route(async (req, res) => res.json(await rooms.setLike(viewerOf(res), req.params.roomId, false))));

  router.get('/rooms/:roomId/collaborators', route(async (req, res) => {
    res.json(collaboratorListSchema.parse({ collaborators: await collaboration.collaborators(viewerOf(res), req.params.roomId) }));
  }));
  router.post('/rooms/:roomId/collaborators', route(async (req, res) => {
    const viewer = viewerOf(res);
    const body = parseBody(addCollaboratorSchema, req.body);
    const { room } = await rooms.authorize(viewer, req.params.roomId, 'manageCollaborators');
    const channelId = viewer.channelId;
    const member = channelId ? (await collaboration.roster(viewer, channelId)).find((m) => m.ltiSub === body.ltiSub) : undefined;
    if (!member) throw invalid([{ path: 'ltiSub', code: 'NOT_A_COURSE_MEMBER' }]);
    const collaborators = await collaboration.addCollaborator(viewer, room.id, member, body.role);
    res.json(collaboratorListSchema.parse({ collaborators }));
  }));
  router.delete('/rooms/:roomId/collaborators/:userId/:role', route(async (req, res) => {
    const collaborators = await collaboration.removeCollaborator(viewerOf(res), req.params.roomId, req.params.userId, collaboratorRole(req.params.role));
    res.json(collaboratorListSchema.parse({ collaborators }));
  }));

  router.get('/rooms/:roomId/publishing', route(async (req, res) => {
    res.json(publishableChannelsSchema.parse({ channels: await collaboration.publishing(viewerOf(res), req.params.roomId) }));
  }));
  router.put('/rooms/:roomId/channels/:channelId', route(async (req, res) => {
    res.json(publishableChannelsSchema.parse({ channels: await collaboration.setPublished(viewerOf(res), req.params.roomId, req.params.channelId, true) }));
  }));
  router.delete('/rooms/:roomId/channels/:channelId', route(async (req, res) => {
    res.json(publishableChannelsSchema.parse({ channels: await collaboration.setPublished(viewerOf(res), req.params.roomId, req.params.channelId, false) }));
  }));
  return router;
}

/** /api/room-links/:roomId: the one rooms address open without a launch (room-directions.ts). */
export function publicRoomsRouter(publications: Pick<PublicationRepository, 'directionsTo'>): Router {
  const router = Router();
  router.get('/room-links/:roomId', route(async (req) => roomDirections(publications, req.params.roomId)));
  return router;
}
