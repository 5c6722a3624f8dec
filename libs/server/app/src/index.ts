export * from './config/config-schema';
export * from './config/load-config';
export * from './logger';
export * from './create-tool';
export type { Account } from '@lti-rooms/server-persistence';
export * from './cli/platforms-command';
export { RoomLinks, ROOM_LINK_PARAMETER, LEGACY_ROOM_ID_PARAMETER } from './rooms/room-link';
// The edge every request passes, for tests that check the same wiring on an app of their own.
export { errorHandler, notFoundHandler } from './http/api-errors';
export { forwardAsyncErrors } from './http/async-errors';
export { inputGuard } from './http/input-guard';
export { requestLogging } from './http/request-logging';
export { keepServingOnUnhandledRejection } from './process-safety-net';
