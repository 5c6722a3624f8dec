import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { SOCKET_PATH } from '@lti-rooms/contracts';
import { listenOnLoopback, type ChildServer } from './server-child';

export interface BareSocketServer {
  /** Add handlers (and an adapter) before listening. */
  io: Server;
  /** Listens on the child's port; `closeAfter` runs once Socket.IO has closed (e.g. an adapter's pool). */
  listen(port: number, closeAfter?: () => Promise<void>): Promise<ChildServer>;
}

/**
 * A bare Socket.IO server on the same path and transport as our tool, for a baseline child:
 * what is left is the baseline's own handlers.
 */
export function bareSocketServer(): BareSocketServer {
  const server = createServer();
  const io = new Server(server, { path: SOCKET_PATH, serveClient: false, transports: ['websocket'] });
  return {
    io,
    listen: async (port, closeAfter) => ({
      url: await listenOnLoopback(server, port),
      close: async () => {
        io.disconnectSockets(true);
        server.closeAllConnections();
        await io.close();
        await closeAfter?.();
      },
    }),
  };
}
