export * from './config/config-schema';
export * from './config/load-config';
export * from './logger';
export * from './create-tool';
export type { Account } from '@lti-rooms/server-persistence';
export * from './cli/platforms-command';
export { RoomLinks, ROOM_LINK_PARAMETER, LEGACY_ROOM_ID_PARAMETER } from './rooms/room-link';
