import { lockedEventSchema, waitingEventSchema, waitingListSchema, type Ack, type LockedEvent, type WaitingEvent, type WaitingList } from '@lti-rooms/contracts';
import { z } from 'zod';
import { listen, request, type MeetingSocket } from './meeting-socket';

const WAITING_TIMEOUT_MS = 10_000;
const noData = z.null();
const offline = { ok: false as const, error: { code: 'NOT_CONNECTED' as const } };

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
  const connected = () => {
    const socket = socketOf();
    return socket?.connected ? socket : null;
  };
  return {
    async setLocked(sessionId, locked) {
      const socket = connected();
      return socket ? request(socket, 'session:lock', { sessionId, locked }, noData, WAITING_TIMEOUT_MS) : offline;
    },
    async admit(sessionId, participantId) {
      const socket = connected();
      return socket ? request(socket, 'session:admit', { sessionId, participantId }, noData, WAITING_TIMEOUT_MS) : offline;
    },
    async list(sessionId) {
      const socket = connected();
      return socket ? request(socket, 'session:waiting-list', { sessionId }, waitingListSchema, WAITING_TIMEOUT_MS) : offline;
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
