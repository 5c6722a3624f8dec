import { callApi } from '../shared/classroom';
import { mapWithConcurrency } from '../shared/concurrency';
import { benchUserId, benchUserName, launchUser, type LaunchedUser } from '../shared/launch-flow';
import { connectAs, enterRoom } from '../shared/our-socket';
import { progress } from '../shared/run-guard';
import type { RunningTarget } from '../shared/target';
import { ClientPool, type SessionsSide } from './sessions-side';

/** Launches in flight while the classes arrive: quick, without being a storm of its own. */
const LAUNCH_CONCURRENCY = 16;
/** Clients connecting and entering at once while the sessions fill: set-up, not measured. */
const JOIN_CONCURRENCY = 20;

interface Seat {
  user: LaunchedUser;
  name: string;
}

/**
 * LTI Rooms with `rooms` always-open panel rooms in one course, created by the instructor
 * through the API, and `rooms × (people − 1)` learners launched (all through the first
 * process, as behind a load balancer). The instructor hosts every room: one launch, one
 * socket per room. Opening a room: its host enters (which starts the session), then its
 * learners enter and must be let in.
 */
export async function prepareOurSessions(target: RunningTarget, rooms: number, people: number): Promise<SessionsSide> {
  const host = await launchUser(target, 'instructor');
  const landing = new URL(host.landingUrl).pathname;
  if (!/^\/channels\/[^/]+$/.test(landing)) throw new Error(`the instructor landed on ${landing}, not on a course channel`);
  const channelId = landing.split('/').pop()!;
  const roomIds: string[] = [];
  for (let r = 0; r < rooms; r++) {
    const room = (await callApi(target, host, 'POST', '/api/rooms', {
      channelId, name: `Session ${r + 1}`, modeChoice: { kind: 'mode', mode: 'panel' }, availability: { kind: 'always' },
    }, 201)) as { id?: unknown };
    if (typeof room.id !== 'string') throw new Error(`the new room has no id: ${JSON.stringify(room)}`);
    roomIds.push(room.id);
  }

  const learnersPerRoom = people - 1;
  const total = rooms * learnersPerRoom;
  let launched = 0;
  const learners: Seat[] = await mapWithConcurrency(Array.from({ length: total }, (_, i) => benchUserId(i + 1)), LAUNCH_CONCURRENCY, async (userId) => {
    const user = await launchUser(target, userId);
    if (++launched % 250 === 0 || launched === total) progress(`  ${launched} of ${total} learners launched`);
    return { user, name: benchUserName(userId) };
  });

  const pool = new ClientPool(target.servers);
  return {
    kind: 'ours',
    label: `ours (LTI Rooms, ${target.servers.length} process${target.servers.length > 1 ? 'es' : ''})`,
    servers: target.servers,
    dropped: pool.dropped,
    async openRooms(from, to) {
      for (let r = from; r < to; r++) {
        const socket = pool.keep(await connectAs(pool.nextUrl(), host), `the host of room ${r + 1}`);
        const started = await enterRoom(socket, roomIds[r], `the host of room ${r + 1}`);
        if (started.kind !== 'admitted' || started.meeting.role !== 'host') throw new Error(`the host's entry into room ${r + 1} was answered ${JSON.stringify(started)}`);
      }
      const seats = learners.slice(from * learnersPerRoom, to * learnersPerRoom);
      await mapWithConcurrency(seats, JOIN_CONCURRENCY, async (seat, i) => {
        const room = from + Math.floor(i / learnersPerRoom);
        const socket = pool.keep(await connectAs(pool.nextUrl(), seat.user), seat.name);
        const outcome = await enterRoom(socket, roomIds[room], seat.name);
        if (outcome.kind !== 'admitted') throw new Error(`${seat.name} was answered "${outcome.kind}" in room ${room + 1} instead of being let in`);
      });
    },
    disconnect: () => pool.closeAll(),
  };
}
