import { lockedEventSchema, waitingEventSchema, waitingListSchema, type Ack, type LockedEvent, type WaitingEvent, type WaitingList } from '@lti-rooms/contracts';
import { z } from 'zod';
import { connectedSocket, listen, NOT_CONNECTED, request, type MeetingSocket } from './meeting-socket';

const WAITING_TIMEOUT_MS = 10_000;
const noData = z.null();

/** Hosts' part of the meeting page's connection: the lock, who waits, and letting them in. */
export interface WaitingChannel {
  setLocked(sessionId: string, locked: boolean): Promise<Ack<null>>;
  /** One person (participantId), or everyone waiting. */
  admit(sessionId: string, participantId?: string): Promise<Ack<null>>;
  list(sessionId: string): Promise<Ack<WaitingList>>;
  /** Each returns its unsubscribe function. */
  onWaitingCount(handler: (event: WaitingEvent) => void): () => void;
  onLocked(handler: (event: LockedEvent) => void): () => void;
}

/** Over the page's one socket, read when called: a click while it is down fails at once instead of being replayed later. */
export function createWaitingChannel(socketOf: () => MeetingSocket | null): WaitingChannel {
  const connected = () => connectedSocket(socketOf);
  return {
    async setLocked(sessionId, locked) {
      const socket = connected();
      return socket ? request(socket, 'session:lock', { sessionId, locked }, noData, WAITING_TIMEOUT_MS) : NOT_CONNECTED;
    },
    async admit(sessionId, participantId) {
      const socket = connected();
      return socket ? request(socket, 'session:admit', { sessionId, participantId }, noData, WAITING_TIMEOUT_MS) : NOT_CONNECTED;
    },
    async list(sessionId) {
      const socket = connected();
      return socket ? request(socket, 'session:waiting-list', { sessionId }, waitingListSchema, WAITING_TIMEOUT_MS) : NOT_CONNECTED;
    },
    onWaitingCount(handler) {
      const socket = socketOf();
      return socket ? listen(socket, 'session:waiting', waitingEventSchema, handler) : () => undefined;
    },
    onLocked(handler) {
      const socket = socketOf();
      return socket ? listen(socket, 'session:locked', lockedEventSchema, handler) : () => undefined;
    },
  };
}
