import { mapWithConcurrency } from './concurrency';
import { benchUserId, benchUserName, launchUser, type LaunchedUser, type LaunchTarget } from './launch-flow';
import { progress } from './run-guard';

/** Launches in flight while the class arrives: enough to be quick, few enough not to be a storm of its own. */
const LAUNCH_CONCURRENCY = 16;

export interface Learner {
  user: LaunchedUser;
  /** The display name the LMS sent; their Jitsi JWT and their stage entry carry it. */
  name: string;
}

/** One panel room and its people, all launched and ready to connect. */
export interface Classroom {
  roomId: string;
  host: LaunchedUser;
  learners: Learner[];
}

/** A self-hosted Jitsi deployment the administrator sets, so real JWTs are minted. */
export interface JitsiDeployment {
  domain: string;
  appId: string;
  appSecret: string;
}

export interface ClassroomOptions {
  roomName: string;
  /** Set through the admin API before the room is made; without it no JWTs are minted. */
  jitsi?: JitsiDeployment;
}

/** Calls the tool's API as the web app does: launch token in the header, session cookie from the tab. */
export async function callApi(target: LaunchTarget, who: LaunchedUser, method: string, path: string, body: unknown, expectedStatus: number): Promise<unknown> {
  const response = await who.browser.request(`${target.url}${path}`, {
    method,
    json: body,
    headers: { authorization: `Bearer ${who.ltik}`, accept: 'application/json' },
  });
  if (response.status !== expectedStatus) throw new Error(`${method} ${path} answered ${response.status}, expected ${expectedStatus}: ${response.body.slice(0, 300)}`);
  return JSON.parse(response.body) as unknown;
}

/**
 * Sets the scene through the product's own doors: the administrator configures a self-hosted
 * Jitsi deployment when asked to, the instructor creates an always-open panel room in their
 * course, and `clients` new learners launch into the course.
 */
export async function prepareClassroom(target: LaunchTarget, clients: number, options: ClassroomOptions): Promise<Classroom> {
  const host = await launchUser(target, 'instructor');
  if (options.jitsi) {
    const admin = await launchUser(target, 'admin');
    await callApi(target, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', ...options.jitsi }, 200);
  }

  const landing = new URL(host.landingUrl).pathname;
  if (!/^\/channels\/[^/]+$/.test(landing)) throw new Error(`the instructor landed on ${landing}, not on a course channel`);
  const channelId = landing.split('/').pop()!;
  const room = (await callApi(target, host, 'POST', '/api/rooms', {
    channelId, name: options.roomName, modeChoice: { kind: 'mode', mode: 'panel' }, availability: { kind: 'always' },
  }, 201)) as { id?: unknown };
  if (typeof room.id !== 'string') throw new Error(`the new room has no id: ${JSON.stringify(room)}`);

  let launched = 0;
  const learners = await mapWithConcurrency(Array.from({ length: clients }, (_, i) => benchUserId(i + 1)), LAUNCH_CONCURRENCY, async (userId) => {
    const user = await launchUser(target, userId);
    if (++launched % 100 === 0 || launched === clients) progress(`  ${launched} of ${clients} learners launched`);
    return { user, name: benchUserName(userId) };
  });
  return { roomId: room.id, host, learners };
}
