import {
  api, connectMeeting, launch, MeetingSocket, okData, request, roomOwnedBy, startToolProcess, startToolWithLms, ToolFixture, ToolProcess,
} from '@lti-rooms/test-support';

/**
 * The grade outbox is durable (ARCHITECTURE "Durable side effects"): a real server process
 * (apps/server/src/main.ts) ends a graded session and is killed (SIGKILL) before it posts;
 * the process started after it finds the job in the database and the grade arrives, once.
 * Runs on SQLite (the processes share the database file) and on PostgreSQL.
 */
const LTI_KEY = 'grades-process-kill-lti-key-0123456789abcdef';
let fx: ToolFixture;
const processes: ToolProcess[] = [];
const sockets: MeetingSocket[] = [];

async function serverProcess(deliveryIntervalSeconds: number): Promise<ToolProcess> {
  const started = await startToolProcess({
    databaseUrl: fx.database.databaseUrl, ltiKey: LTI_KEY, publicUrl: fx.toolUrl, allowedHosts: [new URL(fx.lms.url).host],
    env: { DATA_DIR: fx.database.dataDir, GRADE_DELIVERY_INTERVAL_SECONDS: String(deliveryIntervalSeconds) },
  });
  processes.push(started);
  return started;
}

async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 200));
  }
}

beforeAll(async () => {
  // The in-process tool registers the dev LMS and serves the launches; it never delivers grades itself.
  fx = await startToolWithLms({ env: { LTI_KEY } });
}, 90_000);
afterAll(async () => {
  for (const socket of sockets) socket.close();
  for (const process of processes) await process.stop();
  await fx?.close();
});

it('a session ended on a process killed before it posted: the grade arrives once, from the process started after', async () => {
  const [instructor, student] = await Promise.all(['instructor', 'student01'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  const room = await roomOwnedBy(fx, instructor, { name: 'Killed', mode: 'interactive' });
  const grading = { enabled: true, rule: { kind: 'proportional' }, aggregation: 'average', maxScore: 20 };
  expect((await api(fx.toolUrl, instructor, 'PUT', `/api/rooms/${room.id}/grading`, grading)).status).toBe(200);

  // This process would deliver only after an hour: it is killed long before.
  const doomed = await serverProcess(3600);
  const host = await connectMeeting(doomed.url, instructor);
  const learner = await connectMeeting(doomed.url, student);
  sockets.push(host, learner);
  const entered = okData(await request(host, 'session:enter', { roomId: room.id }));
  if (entered.kind !== 'admitted') throw new Error(entered.kind);
  expect(okData(await request(learner, 'session:enter', { roomId: room.id }))).toMatchObject({ kind: 'admitted' });
  await new Promise((done) => setTimeout(done, 1500));
  okData(await request(host, 'session:end', { sessionId: entered.meeting.sessionId }));
  await doomed.kill();
  expect(doomed.exitCode() ?? 'killed').toBe('killed');
  expect(fx.lms.gradebook(fx.lms.course.id).lineItems).toEqual([]);

  await serverProcess(1);
  const item = await until(() => fx.lms.gradebook(fx.lms.course.id).lineItems.find((i) => i.resourceId === room.id && i.results.some((r) => r.userId === 'student01')), 30_000);
  expect(item).toMatchObject({ label: 'Killed', scoreMaximum: 20 });
  // A few more rounds of the worker: nothing is posted again.
  await new Promise((done) => setTimeout(done, 3000));
  const posts = fx.lms.gradebook(fx.lms.course.id).lineItems.find((i) => i.id === item.id)!.scoreHistory.filter((post) => post.userId === 'student01');
  expect(posts).toHaveLength(1);
  expect(posts[0].scoreGiven).toBeGreaterThan(0);
}, 120_000);
