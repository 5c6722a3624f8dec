import {
  stageChangedEventSchema,
  stageCommandResultSchema,
  stageSnapshotSchema,
  type Ack,
  type StageChangedEvent,
  type StageCommandBody,
  type StageCommandResult,
  type StageSnapshot,
} from '@lti-rooms/contracts';
import { z } from 'zod';
import { connectedSocket, listen, NOT_CONNECTED, request, type MeetingSocket } from '../meetings/meeting-socket';

const STAGE_TIMEOUT_MS = 10_000;
const noData = z.null();

/** The stage's part of the meeting page's connection (SPEC "Panel mode"). */
export interface StageChannel {
  /** Resolves with the server's answer; a refusal carries its code (the page has the words). */
  command(sessionId: string, command: StageCommandBody): Promise<Ack<StageCommandResult>>;
  snapshot(sessionId: string): Promise<Ack<StageSnapshot>>;
  /** This page joined the Jitsi conference under `jitsiParticipantId`. */
  jitsiJoined(sessionId: string, jitsiParticipantId: string): Promise<Ack<null>>;
  /** Returns the unsubscribe function. */
  onChanged(handler: (event: StageChangedEvent) => void): () => void;
}

/**
 * Over the page's one socket, read when called: asking while it is down fails at once
 * instead of queueing a click to be replayed minutes later.
 */
export function createStageChannel(socketOf: () => MeetingSocket | null): StageChannel {
  const connected = () => connectedSocket(socketOf);
  return {
    async command(sessionId, command) {
      const socket = connected();
      return socket ? request(socket, 'stage:command', { sessionId, command }, stageCommandResultSchema, STAGE_TIMEOUT_MS) : NOT_CONNECTED;
    },
    async snapshot(sessionId) {
      const socket = connected();
      return socket ? request(socket, 'stage:snapshot', { sessionId }, stageSnapshotSchema, STAGE_TIMEOUT_MS) : NOT_CONNECTED;
    },
    async jitsiJoined(sessionId, jitsiParticipantId) {
      const socket = connected();
      return socket ? request(socket, 'jitsi:joined', { sessionId, jitsiParticipantId }, noData, STAGE_TIMEOUT_MS) : NOT_CONNECTED;
    },
    onChanged(handler) {
      const socket = socketOf();
      return socket ? listen(socket, 'stage:changed', stageChangedEventSchema, handler) : () => undefined;
    },
  };
}
