import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import type { DbKind } from '../shared/bench-database';
import { startBaselineProcesses, type BaselineDeployment } from '../shared/baseline-deployment';
import { connectSocket, request } from '../shared/bench-socket';
import { mapWithConcurrency } from '../shared/concurrency';
import { Receipts } from './receipts';
import { processOfClient, type CommandResult, type StageSide } from './stage-side';

const BASELINE_ENTRY = join(__dirname, 'stage-baseline-server.ts');
const JOIN_CONCURRENCY = 20;

/**
 * The bare Socket.IO servers: one on SQLite's side (ours is one process there), two sharing
 * events through Socket.IO's PostgreSQL adapter on a fresh database of their own on PostgreSQL's.
 */
export function startBaselineDeployment(db: DbKind, processes: number, options: { postgresUrl: string; nodeFlags: string[] }): Promise<BaselineDeployment> {
  return startBaselineProcesses(BASELINE_ENTRY, db, processes, options);
}

/** The baseline's audience: the host and `learners` clients, spread over its processes as ours are. */
export async function connectBaselineStage(deployment: BaselineDeployment, learners: number): Promise<StageSide> {
  const { servers } = deployment;
  const processOf = processOfClient(servers.length);
  const receipts = new Receipts(learners + 1);
  const sockets: Socket[] = [];
  const disconnect = () => sockets.forEach((socket) => socket?.close());
  try {
    await mapWithConcurrency(Array.from({ length: learners + 1 }, (_, i) => i), JOIN_CONCURRENCY, async (client) => {
      const socket = await connectSocket(servers[processOf(client)].url);
      sockets[client] = socket;
      socket.on('stage:changed', (event: unknown) => receipts.received(client, event));
      socket.on('disconnect', (reason) => {
        if (reason !== 'io client disconnect') receipts.disconnected(client, reason);
      });
      const answer = (await request(socket, 'enter', {})) as { ok?: boolean };
      if (!answer?.ok) throw new Error(`the baseline answered enter with ${JSON.stringify(answer)}`);
    });
    receipts.arm(0);
    const side: StageSide = {
      kind: 'baseline',
      label: servers.length > 1 ? `baseline (bare Socket.IO, ${servers.length} processes)` : 'baseline (bare Socket.IO, 1 process)',
      servers,
      receipts,
      processOf,
      version: 0,
      async perform(transition) {
        const { actor, command, moves } = transition;
        const socket = sockets[actor.kind === 'host' ? 0 : actor.index + 1];
        // No state on the server: the client names the version its change is to produce.
        const body = { version: side.version + 1, type: command.type, targetUserId: `learner-${moves.learner}`, to: moves.to };
        return (await request(socket, 'command', body)) as CommandResult;
      },
      verify(transition, event) {
        const version = (event as { version?: unknown })?.version;
        if (version !== side.version) throw new Error(`the baseline broadcast ${JSON.stringify(event)} for transition ${transition.sequence}`);
      },
      disconnect,
    };
    return side;
  } catch (error) {
    disconnect();
    throw error;
  }
}
