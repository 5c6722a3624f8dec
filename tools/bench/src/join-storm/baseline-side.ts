import type { ServerProcess } from '../shared/server-process';
import { closingOnFailure, type StormSide } from './storm-side';
import { connectSocket, request } from '../shared/bench-socket';

const nameOf = (index: number) => `Baseline Client ${index + 1}`;

/** The bare Socket.IO server of storm-baseline-server.ts: no launch, no token, no cookie. */
export function baselineSide(servers: ServerProcess[]): StormSide {
  const [server] = servers;
  return {
    kind: 'baseline',
    label: 'baseline (bare Socket.IO)',
    server,
    servers,
    async joinWaiting(index, listeners) {
      const socket = await connectSocket(servers[(index + 1) % servers.length].url);
      socket.on('admitted', listeners.admitted);
      socket.on('disconnect', (reason) => listeners.turnedAway(`disconnected (${reason})`));
      return closingOnFailure(socket, async () => {
        const answer = (await request(socket, 'enter', { name: nameOf(index) })) as { waitingCount?: unknown };
        if (typeof answer?.waitingCount !== 'number') throw new Error(`the baseline answered enter with ${JSON.stringify(answer)}`);
      });
    },
    jwtOf(payload) {
      const jwt = (payload as { jwt?: unknown })?.jwt;
      if (typeof jwt !== 'string') throw new Error(`a baseline admission carried no JWT: ${JSON.stringify(payload)}`);
      return jwt;
    },
    nameOf,
    connectHost: () => connectSocket(server.url),
    async start(host) {
      const answer = (await request(host, 'start', {})) as { ok?: boolean; room?: unknown; message?: string };
      if (!answer?.ok || typeof answer.room !== 'string') throw new Error(`the baseline could not start: ${JSON.stringify(answer)}`);
      // Nothing to end: starting emptied the baseline's waiting room.
      return { jitsiRoom: answer.room, finish: async () => undefined };
    },
  };
}
