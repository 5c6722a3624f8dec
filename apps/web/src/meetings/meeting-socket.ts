import {
  ackSchema,
  SOCKET_PATH,
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@lti-rooms/contracts';
import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import { getLaunchToken } from '../boot/launch-token';
import { NO_ANSWER_CODE } from './meeting-page-state';

export type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type RequestName = keyof ClientToServerEvents;
export type RequestBody<E extends RequestName> = Parameters<ClientToServerEvents[E]>[0];
export type RequestAck<E extends RequestName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
type AckFailure = Extract<Ack<never>, { ok: false }>;

/** Codes of a refused handshake that mean "this launch is no longer accepted" (see resolveLaunch on the server). */
export const EXPIRED_LAUNCH_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'INVALID_LAUNCH_TOKEN', 'SESSION_COOKIE_MISSING']);

/**
 * The meeting page's own connection to the tool (same origin, so the browser sends the
 * session cookie). The token is read at every (re)connection attempt. `forceNew`: each
 * page owns its connection and closes it without affecting another.
 */
export function openMeetingSocket(): MeetingSocket {
  return io({
    path: SOCKET_PATH,
    auth: (send) => send({ token: getLaunchToken() }),
    forceNew: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}

const noAnswer: AckFailure = {
  ok: false,
  error: { code: NO_ANSWER_CODE },
};
const garbled: AckFailure = {
  ok: false,
  error: { code: 'UNEXPECTED_RESPONSE' },
};

/**
 * Sends one request and resolves with its acknowledgement, checked against the contract;
 * never rejects: no answer within `timeoutMs` becomes a NO_ANSWER failure.
 */
export async function request<E extends RequestName>(
  socket: MeetingSocket,
  event: E,
  body: RequestBody<E>,
  resultSchema: z.ZodType,
  timeoutMs: number,
): Promise<RequestAck<E>> {
  // The typed emitWithAck cannot be called with a generic event name; the schema checks the result instead.
  const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(event: string, body: unknown): Promise<unknown> };
  let raw: unknown;
  try {
    raw = await timed.emitWithAck(event, body);
  } catch {
    return noAnswer as RequestAck<E>;
  }
  const parsed = ackSchema(resultSchema).safeParse(raw);
  return (parsed.success ? parsed.data : garbled) as RequestAck<E>;
}

/**
 * Listens to one server event, passing on only payloads that match the contract: a server
 * of another version must not reach the page as garbage. Returns the unsubscribe function.
 */
export function listen<E extends keyof ServerToClientEvents>(
  socket: MeetingSocket,
  event: E,
  schema: z.ZodType<Parameters<ServerToClientEvents[E]>[0]>,
  handler: (payload: Parameters<ServerToClientEvents[E]>[0]) => void,
): () => void {
  const untyped = socket as unknown as { on(event: string, fn: (payload: unknown) => void): void; off(event: string, fn: (payload: unknown) => void): void };
  const listener = (payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) handler(parsed.data);
    else console.warn(`ignored a malformed ${event} event`, parsed.error.issues);
  };
  untyped.on(event, listener);
  return () => untyped.off(event, listener);
}

/** What a request made while the page's connection is down answers at once (the click is not queued for later). */
export const NOT_CONNECTED = { ok: false as const, error: { code: 'NOT_CONNECTED' as const } };

/** The page's socket when it is connected now; null while it is down. */
export function connectedSocket(socketOf: () => MeetingSocket | null): MeetingSocket | null {
  const socket = socketOf();
  return socket?.connected ? socket : null;
}
