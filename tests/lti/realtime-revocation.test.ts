import { runPlatformsCommand } from '@lti-rooms/server-app';
import {
  connectMeeting, launch, Launched, MeetingSocket, okData, request, startToolWithLms, TestClock, ToolFixture, roomOwnedBy,
} from '@lti-rooms/test-support';

/**
 * Revocation reaches open connections (issue 10, finding 6): a socket opened before its
 * platform was deactivated or its launch token expired acts no more.
 */
const clock = new TestClock();
let fx: ToolFixture;
let instructor: Launched;
let students: Launched[];
const sockets: MeetingSocket[] = [];

async function connect(who: Launched): Promise<MeetingSocket> {
  const socket = await connectMeeting(fx.toolUrl, who);
  sockets.push(socket);
  return socket;
}

async function createRoom(name: string): Promise<string> {
  return (await roomOwnedBy(fx, instructor, { name })).id;
}

/** `npm run platforms -- …` as an operator runs it, against the tool's database. */
async function platforms(...args: string[]): Promise<void> {
  const env = { DATA_DIR: fx.database.dataDir, DATABASE_URL: fx.database.databaseUrl, LOG_LEVEL: 'silent' };
  const lines: string[] = [];
  expect(await runPlatformsCommand(args, { env, out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
}

function disconnected(socket: MeetingSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

const writtenRows = () => Promise.all(['meeting_sessions', 'session_participants', 'attendance_events'].map((t) => fx.countRows(t)));

beforeAll(async () => {
  fx = await startToolWithLms({ clock: clock.now });
  [instructor, ...students] = await Promise.all(['instructor', 'student01', 'student02'].map((u) => launch(fx.toolUrl, fx.lms, u)));
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await platforms('activate', fx.account.id);
});
afterAll(async () => fx?.close());

describe('deactivating the platform while a socket is open', () => {
  it('the next command is refused with PLATFORM_INACTIVE: no admission, no Jitsi token, nothing written; the connection closes', async () => {
    const roomId = await createRoom('Deactivated meanwhile');
    okData(await request(await connect(instructor), 'session:enter', { roomId }));
    const student = await connect(students[0]);
    const before = await writtenRows();

    await platforms('deactivate', fx.account.id);
    const closed = disconnected(student);
    const refused = await request(student, 'session:enter', { roomId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PLATFORM_INACTIVE' } });
    expect(JSON.stringify(refused)).not.toContain('jwt');
    expect(await writtenRows()).toEqual(before);
    expect(await closed).toBe('io server disconnect');
    // Coming back is refused at the handshake, with the same code.
    await expect(connectMeeting(fx.toolUrl, students[0])).rejects.toMatchObject({ code: 'PLATFORM_INACTIVE' });
  });

  it('an admitted host\'s next request (a camera slot) is refused and the connection closes', async () => {
    const roomId = await createRoom('Admitted, then deactivated');
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    await platforms('deactivate', fx.account.id);
    const closed = disconnected(host);
    expect(await request(host, 'camera:set', { sessionId: started.meeting.sessionId, on: true })).toMatchObject({ ok: false, error: { code: 'PLATFORM_INACTIVE' } });
    await closed;
  });

  it('an idle socket is closed by the periodic check, without sending anything', async () => {
    const idle = await connect(students[1]);
    await fx.tool.realtime.revalidate();
    expect(idle.connected).toBe(true);
    await platforms('deactivate', fx.account.id);
    const closed = disconnected(idle);
    await fx.tool.realtime.revalidate();
    expect(await closed).toBe('io server disconnect');
  });

  it('reactivated, the same launch works again', async () => {
    const roomId = await createRoom('Back again');
    await platforms('deactivate', fx.account.id);
    await platforms('activate', fx.account.id);
    expect(okData(await request(await connect(instructor), 'session:enter', { roomId }))).toMatchObject({ kind: 'admitted' });
  });
});

describe('a launch token that expires while its socket is open', () => {
  // Last in this file: the clock does not go back.
  it('the next command is refused with INVALID_LAUNCH_TOKEN and the connection closes; so does an idle one', async () => {
    const roomId = await createRoom('Expiring');
    const student = await connect(students[0]);
    const idle = await connect(students[1]);
    const before = await writtenRows();
    clock.advance(fx.tool.config.LAUNCH_TOKEN_TTL_HOURS * 3600_000 + 60_000);

    const closed = disconnected(student);
    expect(await request(student, 'session:enter', { roomId })).toMatchObject({ ok: false, error: { code: 'INVALID_LAUNCH_TOKEN' } });
    expect(await writtenRows()).toEqual(before);
    expect(await closed).toBe('io server disconnect');

    const idleClosed = disconnected(idle);
    await fx.tool.realtime.revalidate();
    expect(await idleClosed).toBe('io server disconnect');
  });
});
