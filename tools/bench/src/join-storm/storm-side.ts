import type { Socket } from 'socket.io-client';
import type { ServerProcess } from '../shared/server-process';

export type SideKind = 'ours' | 'baseline';

/** The session a host started: the Jitsi room every participant's JWT must open. */
export interface StartedSession {
  jitsiRoom: string;
  /** Ends the session, so the next round starts a fresh one. */
  finish(): Promise<void>;
}

export interface AdmissionListeners {
  admitted(payload: unknown): void;
  /** The server will not admit this client (the room is full, the session ended). */
  turnedAway(why: string): void;
}

/**
 * One server a join storm runs against, seen through the moves of a storm. Ours and the
 * baseline speak different events; the round (storm-round.ts) is the same for both.
 */
export interface StormSide {
  kind: SideKind;
  label: string;
  /** The first process: the host's. */
  server: ServerProcess;
  /** Every process of the side, the first one first; clients spread over them. */
  servers: ServerProcess[];
  /**
   * Connects waiting client `index` and puts it in the waiting room. The listeners are
   * installed before it enters; `admitted` gets the admission event's payload, untouched.
   */
  joinWaiting(index: number, listeners: AdmissionListeners): Promise<Socket>;
  /** The JWT an admission payload carries; throws when it has none. */
  jwtOf(payload: unknown): string;
  /** The name client `index`'s JWT must carry. */
  nameOf(index: number): string;
  connectHost(): Promise<Socket>;
  /** The host's start: resolves with the host's acknowledgement. */
  start(host: Socket): Promise<StartedSession>;
}

/** Closes the socket when entering fails, so a failed join leaves no connection behind. */
export async function closingOnFailure(socket: Socket, work: () => Promise<void>): Promise<Socket> {
  try {
    await work();
    return socket;
  } catch (error) {
    socket.close();
    throw error;
  }
}
