/**
 * Child-process entry: the floor of many sessions at rest. A bare Socket.IO server on the same
 * path and transport as our tool, with no database and no LTI: a client `enter`s a room (a
 * Socket.IO room) and is acknowledged. At rest it does what Socket.IO itself does for idle
 * connections and nothing else.
 */
import { bareSocketServer } from '../shared/bare-socket-server';
import { serveFromChild } from '../shared/server-child';

serveFromChild(async (env) => {
  const { io, listen } = bareSocketServer();
  io.on('connection', (socket) => {
    socket.on('enter', (body: { roomId?: unknown }, ack: (answer: unknown) => void) => {
      void socket.join(String(body?.roomId ?? 'lobby'));
      ack({ ok: true });
    });
  });
  return listen(env.port);
});
