import { ackSchema, admittedEventSchema } from '@lti-rooms/contracts';
import { z } from 'zod';
import { request } from '../shared/bench-socket';
import type { Classroom } from '../shared/classroom';
import { connectAs, enterRoom as enter, okData } from '../shared/our-socket';
import type { RunningTarget } from '../shared/target';
import { closingOnFailure, type StormSide } from './storm-side';

const emptyAck = ackSchema(z.null());

/** LTI Rooms as a browser meets it: launched users, their launch tokens and session cookies, the meetings contract. */
export function ourSide(target: RunningTarget, classroom: Classroom): StormSide {
  const { roomId, learners } = classroom;
  return {
    kind: 'ours',
    label: 'ours (LTI Rooms)',
    server: target.server,
    servers: target.servers,
    async joinWaiting(index, listeners) {
      const learner = learners[index];
      // Spread over the processes (the host is on the first), as behind a load balancer.
      const socket = await connectAs(target.servers[(index + 1) % target.servers.length].url, learner.user);
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
    connectHost: () => connectAs(target.url, classroom.host),
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
