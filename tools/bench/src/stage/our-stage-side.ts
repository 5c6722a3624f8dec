import { setTimeout as sleep } from 'node:timers/promises';
import { ackSchema, stageChangedEventSchema, stageCommandResultSchema, stageSnapshotSchema, type StageCommandBody } from '@lti-rooms/contracts';
import type { Socket } from 'socket.io-client';
import { request } from '../shared/bench-socket';
import type { Classroom } from '../shared/classroom';
import { mapWithConcurrency } from '../shared/concurrency';
import { connectAs, enterRoom, okData } from '../shared/our-socket';
import type { RunningTarget } from '../shared/target';
import { Receipts } from './receipts';
import { processOfClient, type StageSide } from './stage-side';
import type { Transition } from './transitions';

/** Clients connecting and entering at once while the session fills: set-up, not measured. */
const JOIN_CONCURRENCY = 20;
/** Our head counts go out 150 ms after a burst of entries; let them pass before the first transition. */
const SETTLE_MS = 500;

const commandAck = ackSchema(stageCommandResultSchema);
const snapshotAck = ackSchema(stageSnapshotSchema);

/**
 * LTI Rooms' panel session with its whole audience: the host starts it on the first process,
 * the learners enter it on alternating processes (each launched through the first, as behind
 * a load balancer) and are let in as viewers. Their user ids come from the host's snapshot.
 */
export async function connectOurStage(target: RunningTarget, classroom: Classroom): Promise<StageSide> {
  const { roomId, host, learners } = classroom;
  const processOf = processOfClient(target.servers.length);
  const receipts = new Receipts(learners.length + 1);
  const sockets: Socket[] = [];
  const connect = async (client: number, user: Classroom['host']) => {
    const socket = await connectAs(target.servers[processOf(client)].url, user);
    sockets[client] = socket;
    socket.on('stage:changed', (event: unknown) => receipts.received(client, event));
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') receipts.disconnected(client, reason);
    });
    return socket;
  };
  const disconnect = () => sockets.forEach((socket) => socket?.close());
  try {
    const hostSocket = await connect(0, host);
    const started = await enterRoom(hostSocket, roomId, 'the host');
    if (started.kind !== 'admitted' || started.meeting.role !== 'host') throw new Error(`the host's entry was answered ${JSON.stringify(started)}`);
    const { sessionId } = started.meeting;

    await mapWithConcurrency(learners, JOIN_CONCURRENCY, async (learner, index) => {
      const outcome = await enterRoom(await connect(index + 1, learner.user), roomId, learner.name);
      if (outcome.kind !== 'admitted') throw new Error(`${learner.name} was answered "${outcome.kind}" instead of being let in: ${JSON.stringify(outcome)}`);
    });
    await sleep(SETTLE_MS);

    const snapshot = okData('the host\'s stage:snapshot', snapshotAck.parse(await request(hostSocket, 'stage:snapshot', { sessionId })));
    const userIdOf = new Map(snapshot.participants.map((p) => [p.name, p]));
    const userIds = learners.map((learner) => {
      const entry = userIdOf.get(learner.name);
      if (!entry) throw new Error(`${learner.name} is not on the stage list of the session`);
      if (entry.position !== 'viewer') throw new Error(`${learner.name} entered as ${entry.position}, not as a viewer`);
      return entry.userId;
    });
    receipts.arm(snapshot.version);

    return {
      kind: 'ours',
      label: target.servers.length > 1 ? `ours (LTI Rooms, ${target.servers.length} processes)` : 'ours (LTI Rooms, 1 process)',
      servers: target.servers,
      receipts,
      processOf,
      version: snapshot.version,
      async perform(transition: Transition) {
        const { actor, command } = transition;
        const socket = sockets[actor.kind === 'host' ? 0 : actor.index + 1];
        const body: StageCommandBody = command.type === 'acceptInvite' ? { type: 'acceptInvite' } : { type: command.type, targetUserId: userIds[command.target] };
        return okData(`stage:command ${command.type}`, commandAck.parse(await request(socket, 'stage:command', { sessionId, command: body })));
      },
      verify(transition, event) {
        const changed = stageChangedEventSchema.parse(event);
        const userId = userIds[transition.moves.learner];
        const move = changed.moves.find((m) => m.userId === userId);
        if (changed.sessionId !== sessionId || changed.moves.length !== 1 || move?.to !== transition.moves.to) {
          throw new Error(`transition ${transition.sequence} (${transition.command.type}) was broadcast as ${JSON.stringify(changed)}`);
        }
      },
      disconnect,
    };
  } catch (error) {
    disconnect();
    throw error;
  }
}
