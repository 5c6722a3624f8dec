import {
  collaboratorListSchema,
  deepLinkingFormSchema,
  publishableChannelsSchema,
  roomFormOptionsSchema,
  roomListSchema,
  roomSchema,
  rosterSchema,
  type ChatSettings,
  type CreateRoomBody,
  type RoomBody,
  type UpdateRoomBody,
  waitingCountsSchema,
} from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { z } from 'zod';
import { apiRequest } from '../api/client';
import { useApiResource, type ApiResource } from '../api/use-api-resource';

export const likesSchema = z.object({ count: z.number(), likedByMe: z.boolean() });
export type Likes = z.infer<typeof likesSchema>;
/** 204 No Content. */
const noContentSchema = z.unknown();

export type CollaboratorRole = 'co-editor' | 'co-publisher' | 'room-moderator';
export type CollaboratorList = z.infer<typeof collaboratorListSchema>;
export type Roster = z.infer<typeof rosterSchema>;
export type PublishableChannels = z.infer<typeof publishableChannelsSchema>;
export type DeepLinkingForm = z.infer<typeof deepLinkingFormSchema>;

const segment = encodeURIComponent;
const roomPath = (roomId: string) => `/api/rooms/${segment(roomId)}`;

// Reads

export function useRoom(roomId: string): ApiResource<RoomBody> {
  return useApiResource(roomPath(roomId), roomSchema);
}

export function useChannelRooms(channelId: string): ApiResource<z.infer<typeof roomListSchema>> {
  return useApiResource(`/api/channels/${segment(channelId)}/rooms`, roomListSchema, { showCached: true });
}

export function useMyRooms(): ApiResource<z.infer<typeof roomListSchema>> {
  return useApiResource('/api/my-rooms', roomListSchema, { showCached: true });
}

export function useRoomFormOptions(channelId: string | null): ApiResource<z.infer<typeof roomFormOptionsSchema>> {
  const query = channelId ? `?channelId=${segment(channelId)}` : '';
  return useApiResource(`/api/rooms/form-options${query}`, roomFormOptionsSchema);
}

export function useCollaborators(roomId: string): ApiResource<CollaboratorList> {
  return useApiResource(`${roomPath(roomId)}/collaborators`, collaboratorListSchema);
}

export function useRoster(channelId: string): ApiResource<Roster> {
  return useApiResource(`/api/channels/${segment(channelId)}/roster`, rosterSchema);
}

export function usePublishing(roomId: string): ApiResource<PublishableChannels> {
  return useApiResource(`${roomPath(roomId)}/publishing`, publishableChannelsSchema);
}

// Changes

export function createRoom(body: CreateRoomBody): Promise<RoomBody> {
  return apiRequest('/api/rooms', roomSchema, { method: 'POST', body });
}

export function updateRoom(roomId: string, body: UpdateRoomBody): Promise<RoomBody> {
  return apiRequest(roomPath(roomId), roomSchema, { method: 'PATCH', body });
}

export function updateChatSettings(roomId: string, chat: ChatSettings): Promise<RoomBody> {
  return updateRoom(roomId, { chat });
}

export async function deleteRoom(roomId: string): Promise<void> {
  await apiRequest(roomPath(roomId), noContentSchema, { method: 'DELETE' });
}

export function restoreRoom(roomId: string): Promise<RoomBody> {
  return apiRequest(`${roomPath(roomId)}/restore`, roomSchema, { method: 'POST' });
}

export function setLiked(roomId: string, liked: boolean): Promise<Likes> {
  return apiRequest(`${roomPath(roomId)}/like`, likesSchema, { method: liked ? 'PUT' : 'DELETE' });
}

export function addCollaborator(roomId: string, ltiSub: string, role: CollaboratorRole): Promise<CollaboratorList> {
  return apiRequest(`${roomPath(roomId)}/collaborators`, collaboratorListSchema, { method: 'POST', body: { ltiSub, role } });
}

export function removeCollaborator(roomId: string, userId: string, role: CollaboratorRole): Promise<CollaboratorList> {
  const path = `${roomPath(roomId)}/collaborators/${segment(userId)}/${segment(role)}`;
  return apiRequest(path, collaboratorListSchema, { method: 'DELETE' });
}

export function setPublished(roomId: string, channelId: string, published: boolean): Promise<PublishableChannels> {
  const path = `${roomPath(roomId)}/channels/${segment(channelId)}`;
  return apiRequest(path, publishableChannelsSchema, { method: published ? 'PUT' : 'DELETE' });
}

export function requestDeepLinkingResponse(roomId: string): Promise<DeepLinkingForm> {
  return apiRequest('/api/deep-linking/response', deepLinkingFormSchema, { method: 'POST', body: { roomId } });
}

/** How often hosts' course and entry pages ask who waits (the meeting page itself hears it live). */
const WAITING_REFRESH_MS = 10_000;

/** People waiting per room the caller may start, kept fresh while the page is open; empty for others. */
export function useWaitingCounts(path: string, enabled: boolean): ReadonlyMap<string, number> {
  const counts = useApiResource(path, waitingCountsSchema, { enabled, showCached: true, refetchIntervalMs: WAITING_REFRESH_MS });
  const data = counts.status === 'success' ? counts.data : null;
  return useMemo(() => new Map(data ? data.rooms.map((room) => [room.roomId, room.waitingCount] as const) : []), [data]);
}
