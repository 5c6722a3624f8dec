import {
  api, connectMeeting, launch, Launched, MeetingSocket, okData, request, startToolProcess, startToolWithLms, ToolFixture, ToolProcess,
} from '@lti-rooms/test-support';

/**
 * SPEC "Capacity": concurrent joins never overfill a room. On PostgreSQL the crowd is split
 * over two server processes sharing the database, as behind a load balancer; on SQLite one
 * process serves them all (still hundreds of requests at once).
 */
const CROWD = 300;
const LTI_KEY = 'capacity-test-shared-lti-key-0123456789abcdef';
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

let fx: ToolFixture;
let second: ToolProcess | null = null;
let instructor: Launched;
let crowd: Launched[];
let channelId: string;
const sockets: MeetingSocket[] = [];

/** Launches in small batches, as a class arriving over a few seconds would. */
async function launchAll(userIds: string[], batch = 16): Promise<Launched[]> {
  const launched: Launched[] = [];
  for (let i = 0; i < userIds.length; i += batch) launched.push(...(await Promise.all(userIds.slice(i, i + batch).map((id) => launch(fx.toolUrl, fx.lms, id)))));
  return launched;
}

/** Every other person connects to the second process when there is one. */
const serverFor = (index: number) => (second && index % 2 === 1 ? second.url : fx.toolUrl);

beforeAll(async () => {
  fx = await startToolWithLms({ env: { LTI_KEY } });
  if (onPostgres) second = await startToolProcess({ databaseUrl: fx.database.databaseUrl!, ltiKey: LTI_KEY, publicUrl: fx.toolUrl, allowedHosts: [new URL(fx.lms.url).host] });
  instructor = await launch(fx.toolUrl, fx.lms, 'instructor');
  channelId = instructor.landingPath.split('/').pop()!;
  crowd = await launchAll(Array.from({ length: CROWD }, (_, i) => `bench-${i + 1}`));
  sockets.push(...(await Promise.all(crowd.map((who, i) => connectMeeting(serverFor(i), who)))));
}, 180_000);
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await second?.stop();
  await fx?.close();
}, 60_000);

describe(`${CROWD} people at once${onPostgres ? ', over two server processes' : ''}`, () => {
  let roomId: string;
  let sessionId: string;
  let admitted: MeetingSocket[];

  it('into an interactive room of 100: exactly 100 admitted, the rest told the room is full', async () => {
    const created = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', { channelId, name: 'Crowded workshop', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } });
    roomId = created.json.id;
    const host = await connectMeeting(fx.toolUrl, instructor);
    sockets.push(host);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    sessionId = started.meeting.sessionId;

    const outcomes = (await Promise.all(sockets.slice(0, CROWD).map((socket) => request(socket, 'session:enter', { roomId }, 60_000)))).map(okData);
    const kinds = outcomes.map((o) => o.kind);
    expect(kinds.filter((k) => k === 'admitted')).toHaveLength(100);
    expect(kinds.filter((k) => k === 'full')).toHaveLength(CROWD - 100);
    for (const outcome of outcomes) if (outcome.kind === 'full') expect(outcome.cap).toBe(100);
    admitted = sockets.slice(0, CROWD).filter((_, i) => kinds[i] === 'admitted');

    const [inside] = await fx.tool.db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM session_participants WHERE session_id = :sessionId AND admitted_at IS NOT NULL AND left_at IS NULL AND role <> 'host'`, { sessionId });
    expect(Number(inside.n)).toBe(100);
    const [joins] = await fx.tool.db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM attendance_events WHERE session_id = :sessionId AND type = 'join'`, { sessionId });
    expect(Number(joins.n)).toBe(101);
  }, 120_000);

  it('the same for camera slots: 100 cameras turned on at once, exactly 25 granted', async () => {
    const results = (await Promise.all(admitted.map((socket) => request(socket, 'camera:set', { sessionId, on: true }, 60_000)))).map(okData);
    expect(results.filter((r) => r.granted)).toHaveLength(25);
    for (const refused of results.filter((r) => !r.granted)) expect(refused).toEqual({ granted: false, reason: 'CAMERA_CAP_REACHED', cap: 25 });
    const [cameras] = await fx.tool.db.select<{ n: number }>('SELECT COUNT(*) AS n FROM session_participants WHERE session_id = :sessionId AND camera_on = :on', { sessionId, on: true });
    expect(Number(cameras.n)).toBe(25);

    // A slot given back is free for the next camera.
    const holder = admitted[results.findIndex((r) => r.granted)];
    const waiting = admitted[results.findIndex((r) => !r.granted)];
    expect(okData(await request(holder, 'camera:set', { sessionId, on: false }))).toMatchObject({ granted: true });
    expect(okData(await request(waiting, 'camera:set', { sessionId, on: true }))).toEqual({ granted: true, reason: null, cap: 25 });
  }, 120_000);
});
