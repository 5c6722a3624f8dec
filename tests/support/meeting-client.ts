import { io, Socket } from 'socket.io-client';
import { Ack, ClientToServerEvents, ServerToClientEvents, SOCKET_PATH } from '@lti-rooms/contracts';
import type { Launched } from './launch-flow';

export type MeetingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The session cookie the launch set, as a browser would send it with the WebSocket upgrade. */
export function cookieHeader(launched: Pick<Launched, 'browser'>): string {
  return [...launched.browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/**
 * A Socket.IO connection as the meeting page opens it: the launch token in the handshake,
 * the browser's cookies on the upgrade. Rejects with the server's refusal (its message and code).
 */
export function connectMeeting(toolUrl: string, launched: Pick<Launched, 'browser' | 'ltik'>, options: { token?: string | null; cookie?: string | null; headers?: Record<string, string> } = {}): Promise<MeetingSocket> {
  const token = options.token === undefined ? launched.ltik : options.token;
  const cookie = options.cookie === undefined ? cookieHeader(launched) : options.cookie;
  const socket: MeetingSocket = io(toolUrl, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: token === null ? {} : { token },
    extraHeaders: { ...options.headers, ...(cookie === null ? {} : { cookie }) },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: { code?: string; retryAfterSeconds?: number } }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { code: error.data?.code, retryAfterSeconds: error.data?.retryAfterSeconds }));
    });
  });
}

type Event = keyof ClientToServerEvents;
type BodyOf<E extends Event> = Parameters<ClientToServerEvents[E]>[0];
type ResultOf<E extends Event> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Sends a request and waits for its acknowledgement. */
export async function request<E extends Event>(socket: MeetingSocket, event: E, body: BodyOf<E>, timeoutMs = 20_000): Promise<ResultOf<E>> {
  const timed = socket.timeout(timeoutMs) as unknown as { emitWithAck(event: string, body: unknown): Promise<ResultOf<E>> };
  return timed.emitWithAck(event, body);
}

/** The data of a successful acknowledgement; fails the test with the refusal otherwise. */
export function okData<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`request refused: ${JSON.stringify(ack.error)}`);
  return ack.data;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (payload: any) => void;
/** The socket with its listener methods typed loosely, for helpers generic over the event name. */
const untyped = (socket: MeetingSocket) => socket as unknown as { on(event: string, listener: Listener): void; off(event: string, listener: Listener): void };

/** Resolves with the next event of a kind (matching `accept`), or rejects after `timeoutMs`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: MeetingSocket,
  event: E,
  accept: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      untyped(socket).off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      untyped(socket).off(event, listener);
      resolve(payload);
    };
    untyped(socket).on(event, listener as (payload: unknown) => void);
  });
}
