import { connectSocket, request } from '../shared/bench-socket';
import { mapWithConcurrency } from '../shared/concurrency';
import type { ServerProcess } from '../shared/server-process';
import { ClientPool, type SessionsSide } from './sessions-side';

const JOIN_CONCURRENCY = 20;

/** The bare Socket.IO servers holding the same clients, spread over as many processes as ours. */
export function baselineSessions(servers: ServerProcess[], people: number): SessionsSide {
  const pool = new ClientPool(servers);
  return {
    kind: 'baseline',
    label: `baseline (bare Socket.IO, ${servers.length} process${servers.length > 1 ? 'es' : ''})`,
    servers,
    dropped: pool.dropped,
    async openRooms(from, to) {
      const clients = Array.from({ length: (to - from) * people }, (_, i) => ({ room: from + Math.floor(i / people), seat: i % people }));
      await mapWithConcurrency(clients, JOIN_CONCURRENCY, async ({ room, seat }) => {
        const socket = pool.keep(await connectSocket(pool.nextUrl()), `baseline client ${seat} of room ${room + 1}`);
        const answer = (await request(socket, 'enter', { roomId: `room-${room}` })) as { ok?: boolean };
        if (!answer?.ok) throw new Error(`the baseline answered enter with ${JSON.stringify(answer)}`);
      });
    },
    disconnect: () => pool.closeAll(),
  };
}
