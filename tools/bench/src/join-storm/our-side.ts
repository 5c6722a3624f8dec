import { ackSchema, admittedEventSchema, entryOutcomeSchema, type EntryOutcome } from '@lti-rooms/contracts';
import { z } from 'zod';
import type { RunningTarget } from '../shared/target';
import type { LaunchedUser } from '../shared/launch-flow';
import type { Classroom } from './classroom';
import { closingOnFailure, type StormSide } from './storm-side';
import { connectSocket, request } from './storm-socket';

const entryAck = ackSchema(entryOutcomeSchema);
const emptyAck = ackSchema(z.null());

function okData<T>(what: string, ack: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!ack.ok) throw new Error(`${what} was refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

async function enter(socket: Awaited<ReturnType<typeof connectSocket>>, roomId: string, who: string): Promise<EntryOutcome> {
  return okData(`${who}'s session:enter`, entryAck.parse(await request(socket, 'session:enter', { roomId })));
}

const connectAs = (target: RunningTarget, user: LaunchedUser) => connectSocket(target.url, { auth: { token: user.ltik }, cookie: user.browser.cookieHeader() });

/** LTI Rooms as a browser meets it: launched users, their launch tokens and session cookies, the meetings contract. */
export function ourSide(target: RunningTarget, classroom: Classroom): StormSide {
  const { roomId, learners } = classroom;
  return {
    kind: 'ours',
    label: 'ours (LTI Rooms)',
    server: target.server,
    async joinWaiting(index, listeners) {
      const learner = learners[index];
      const socket = await connectAs(target, learner.user);
      socket.on('session:admitted', listeners.admitted);
      socket.on('session:full', (event: { cap?: number }) => listeners.turnedAway(`session:full, the cap is ${event?.cap}`));
      socket.on('session:ended', () => listeners.turnedAway('session:ended before admission'));
      socket.on('disconnect', (reason) => listeners.turnedAway(`disconnected (${reason})`));
      return closingOnFailure(socket, async () => {
        const outcome = await enter(socket, roomId, learner.name);
        if (outcome.kind !== 'waiting') throw new Error(`${learner.name} was answered "${outcome.kind}" instead of waiting: ${JSON.stringify(outcome)}`);
      });
    },
    jwtOf(payload) {
      const jwt = admittedEventSchema.parse(payload).meeting.jitsi.jwt;
      if (!jwt) throw new Error('an admission carried no Jitsi JWT (is the Jitsi deployment set?)');
      return jwt;
    },
    nameOf: (index) => learners[index].name,
    connectHost: () => connectAs(target, classroom.host),
    async start(host) {
      const outcome = await enter(host, roomId, 'the host');
      if (outcome.kind !== 'admitted' || outcome.meeting.role !== 'host') throw new Error(`the host's entry was answered ${JSON.stringify(outcome)}`);
      const { sessionId, jitsi } = outcome.meeting;
      return {
        jitsiRoom: jitsi.roomName,
        finish: async () => void okData('session:end', emptyAck.parse(await request(host, 'session:end', { sessionId }))),
      };
    },
  };
}
