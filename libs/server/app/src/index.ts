// The composition root's public face: the tool, its config and the operator's CLI.
export * from '@lti-rooms/server-core';
export * from './create-tool';
export type { Account } from '@lti-rooms/server-persistence';
export * from './cli/platforms-command';
export { RoomLinks, ROOM_LINK_PARAMETER, LEGACY_ROOM_ID_PARAMETER } from '@lti-rooms/server-rooms';
// The edge every request passes, for tests that check the same wiring on an app of their own.
export { errorHandler, notFoundHandler, forwardAsyncErrors, inputGuard, requestLogging } from '@lti-rooms/server-http';
