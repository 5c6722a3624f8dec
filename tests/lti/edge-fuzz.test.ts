import fc from 'fast-check';
import { io } from 'socket.io-client';
import { SOCKET_PATH } from '@lti-rooms/contracts';
import { findNulByte } from '@lti-rooms/domain';
import { api, connectMeeting, cookieHeader, launch, Launched, MeetingSocket, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';
import { authenticatedInputs, carriesNulByte, FuzzContext, HttpInput, publicInputs } from './fuzz/http-inputs';
import { RawAnswer, sendRaw } from './fuzz/send-raw';
import { handshakeInputs, SocketInput, socketInputs } from './fuzz/socket-inputs';
import { storedFingerprint } from './fuzz/stored-state';

/**
 * Seeded, bounded fuzzing of every edge against a real server on a real database: no
 * input gets a 5xx or goes unanswered, no rejection escapes a handler, and whatever is
 * refused writes nothing. FUZZ_SEED replays another run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const COUNTS = { public: 1200, authenticated: 1500, socket: 500, handshake: 40 };
const TOTAL = Object.values(COUNTS).reduce((a, b) => a + b, 0);

let fx: ToolFixture;
let ctx: FuzzContext;
let instructor: Launched;
const escaped: unknown[] = [];
const recordEscape = (reason: unknown) => escaped.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', recordEscape);
  fx = await startToolWithLms();
  let admin: Launched;
  [instructor, admin] = await Promise.all(['instructor', 'admin'].map((user) => launch(fx.toolUrl, fx.lms, user)));
  const channelId = instructor.landingPath.split('/').pop()!;
  const room = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', { channelId, name: 'Fuzz target', modeChoice: { kind: 'mode', mode: 'panel' }, availability: { kind: 'always' } });
  const credentials = (who: Launched) => ({ authorization: `Bearer ${who.ltik}`, cookie: cookieHeader(who) });
  ctx = { issuer: fx.lms.issuer, clientId: fx.account.clientId, channelId, roomId: room.json.id, instructor: credentials(instructor), admin: credentials(admin) };
  console.log(`edge fuzz: ${TOTAL} inputs per run (${COUNTS.public} public HTTP, ${COUNTS.authenticated} authenticated HTTP, ${COUNTS.socket} socket events, ${COUNTS.handshake} socket handshakes), seed ${SEED}`);
}, 60_000);
afterAll(async () => {
  process.off('unhandledRejection', recordEscape);
  await fx?.close();
});

interface Failure {
  input: unknown;
  problem: string;
}

const describeAnswer = (answer: RawAnswer) => ('error' in answer ? answer.error : `${answer.status} ${answer.body.slice(0, 200)}`);

/**
 * Sends each input in turn. None may fail with a 5xx or go unanswered; a refused one (4xx)
 * must leave the stored fingerprint as it was; one that carries a NUL byte where the tool
 * reads it must be refused.
 */
async function sendAll(inputs: HttpInput[], label: string): Promise<Failure[]> {
  const failures: Failure[] = [];
  const statuses = new Map<number, number>();
  let before = await storedFingerprint(fx.tool.db);
  for (const input of inputs) {
    const answer = await sendRaw(fx.toolUrl, input);
    const after = await storedFingerprint(fx.tool.db);
    if ('error' in answer || answer.status >= 500) failures.push({ input, problem: describeAnswer(answer) });
    else if (answer.status >= 400 && after !== before) failures.push({ input, problem: `refused with ${answer.status} but wrote: ${before} -> ${after}` });
    else if (answer.status < 400 && carriesNulByte(input)) failures.push({ input, problem: `accepted a NUL byte with ${answer.status}` });
    if (!('error' in answer)) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    before = after;
  }
  console.log(`${label}: answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  return failures;
}

async function expectStillServing(): Promise<void> {
  expect((await fetch(`${fx.toolUrl}/health`)).status).toBe(200);
  expect(escaped.map(String)).toEqual([]);
}

const report = (failures: Failure[], total: number) =>
  failures.length ? `${failures.length} of ${total} inputs failed, e.g.\n${failures.slice(0, 15).map((f) => `${JSON.stringify(f.input).slice(0, 400)}\n  -> ${f.problem}`).join('\n')}` : '';

it(`public HTTP endpoints: ${COUNTS.public} generated requests, no 5xx, nothing written when refused`, async () => {
  const inputs = fc.sample(publicInputs(ctx), { seed: SEED, numRuns: COUNTS.public });
  expect(report(await sendAll(inputs, 'public HTTP'), inputs.length)).toBe('');
  await expectStillServing();
}, 120_000);

it(`authenticated API routes: ${COUNTS.authenticated} generated requests with a real launch token, no 5xx, nothing written when refused`, async () => {
  const inputs = fc.sample(authenticatedInputs(ctx), { seed: SEED + 1, numRuns: COUNTS.authenticated });
  expect(report(await sendAll(inputs, 'authenticated HTTP'), inputs.length)).toBe('');
  await expectStillServing();
}, 120_000);

it(`socket events: ${COUNTS.socket} generated payloads, refused as bad input, never an internal error, nothing written`, async () => {
  const inputs = fc.sample(socketInputs, { seed: SEED + 2, numRuns: COUNTS.socket });
  const failures: Failure[] = [];
  const before = await storedFingerprint(fx.tool.db);
  let socket: MeetingSocket = await connectMeeting(fx.toolUrl, instructor);
  for (const input of inputs) {
    if (!socket.connected) {
      failures.push({ input, problem: 'the server dropped the connection' });
      socket = await connectMeeting(fx.toolUrl, instructor);
    }
    const problem = await emitOne(socket, input);
    if (problem) failures.push({ input, problem });
  }
  socket.close();
  expect(report(failures, inputs.length)).toBe('');
  expect(await storedFingerprint(fx.tool.db)).toBe(before);
  await expectStillServing();
}, 120_000);

it(`socket handshakes: ${COUNTS.handshake} odd tokens and cookies are refused with a reason, never an internal error`, async () => {
  const inputs = fc.sample(handshakeInputs, { seed: SEED + 3, numRuns: COUNTS.handshake });
  const failures: Failure[] = [];
  for (const input of inputs) {
    const code = await handshake(input.token, input.cookie);
    if (code === 'INTERNAL' || code === 'TIMEOUT' || code === undefined) failures.push({ input, problem: `handshake answered ${code}` });
  }
  expect(report(failures, inputs.length)).toBe('');
  await expectStillServing();
}, 60_000);

async function emitOne(socket: MeetingSocket, input: SocketInput): Promise<string | null> {
  const untyped = socket as unknown as { emit(event: string, payload: unknown): void; timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> } };
  if (!input.known) {
    untyped.emit(input.event, input.payload);
    return null;
  }
  try {
    const ack = (await untyped.timeout(5_000).emitWithAck(input.event, input.payload)) as { ok: boolean; error?: { code: string } };
    if (!ack.ok && ['INTERNAL', 'DATABASE_UNAVAILABLE'].includes(ack.error!.code)) return `${ack.error!.code}: ${JSON.stringify(ack.error)}`;
    if (findNulByte(input.payload) !== null && (ack.ok || ack.error!.code !== 'VALIDATION_FAILED')) return `a NUL byte answered ${JSON.stringify(ack).slice(0, 200)}`;
    return null;
  } catch (error) {
    return `no answer: ${(error as Error).message}`;
  }
}

function handshake(token: unknown, cookie: string | null): Promise<string | undefined> {
  const socket = io(fx.toolUrl, {
    path: SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true,
    auth: token === null ? {} : { token }, extraHeaders: cookie === null ? {} : { cookie },
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish('TIMEOUT'), 5_000);
    const finish = (code: string | undefined) => {
      clearTimeout(timer);
      socket.close();
      resolve(code);
    };
    socket.once('connect', () => finish('CONNECTED'));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => finish(error.data?.code));
  });
}
