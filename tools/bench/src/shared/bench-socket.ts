import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH } from '@lti-rooms/contracts';

/** How long one request may wait for its acknowledgement before the round fails. */
export const ACK_TIMEOUT_MS = 30_000;

/**
 * A Socket.IO connection as the meeting page opens it (WebSocket only, no reconnection: a
 * dropped connection must show up as a failure, not be papered over). Rejects with the
 * server's refusal.
 */
export function connectSocket(url: string, handshake: { auth?: Record<string, string>; cookie?: string } = {}): Promise<Socket> {
  const socket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: handshake.auth ?? {},
    extraHeaders: handshake.cookie ? { cookie: handshake.cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
      socket.close();
      reject(new Error(`socket refused: ${error.message}${error.data?.code ? ` (${error.data.code})` : ''}`));
    });
  });
}

/** Emits and waits for the acknowledgement (called as a method: emitWithAck needs its socket). */
export function request(socket: Socket, event: string, body: unknown, timeoutMs = ACK_TIMEOUT_MS): Promise<unknown> {
  return socket.timeout(timeoutMs).emitWithAck(event, body) as Promise<unknown>;
}
