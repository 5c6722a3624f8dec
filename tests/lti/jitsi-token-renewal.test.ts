import { jwtVerify } from 'jose';
import { runPlatformsCommand } from '@lti-rooms/server-app';
import {
  api, connectMeeting, launch, Launched, MeetingSocket, okData, request, startToolWithLms, TestClock, ToolFixture, roomOwnedBy,
} from '@lti-rooms/test-support';

/**
 * Short Jitsi tokens, renewed while the person is admitted (issue 10, finding 7): a demoted
 * moderator, someone who left or a revoked launch gets no fresh moderator token.
 */
const JITSI = { domain: 'meet.rooms.test', appId: 'lti-rooms-tests', appSecret: 'jitsi-app-secret-for-tests-0123456789' };
const FIFTEEN_MINUTES = 15 * 60;

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

async function createRoom(mode: 'interactive' | 'panel'): Promise<string> {
  return (await roomOwnedBy(fx, instructor, { name: `Renewals ${mode}`, mode })).id;
}

/** As prosody's token authentication checks it, at the tool's current time. */
async function verifiedAsJitsi(jwt: string | null, room: string) {
  const { payload } = await jwtVerify(jwt!, new TextEncoder().encode(JITSI.appSecret), {
    audience: 'jitsi', issuer: JITSI.appId, subject: JITSI.domain, algorithms: ['HS256'], currentDate: clock.now(),
  });
  expect(payload.room).toBe(room);
  return payload as { iat: number; exp: number; moderator: boolean; context: { user: { moderator: boolean; affiliation: string } } };
}

/** Time passes while everyone stays connected: their process keeps vouching for them. */
async function passMinutes(minutes: number): Promise<void> {
  for (let elapsed = 0; elapsed < minutes; elapsed += 0.25) {
    clock.advanceMinutes(0.25);
    await fx.tool.realtime.heartbeat();
  }
}

/** The host starts, the student joins: both admitted. */
async function liveSession(mode: 'interactive' | 'panel', student: Launched) {
  const roomId = await createRoom(mode);
  const host = await connect(instructor);
  const started = okData(await request(host, 'session:enter', { roomId }));
  if (started.kind !== 'admitted') throw new Error(started.kind);
  const guest = await connect(student);
  const joined = okData(await request(guest, 'session:enter', { roomId }));
  if (joined.kind !== 'admitted') throw new Error(joined.kind);
  return { roomId, host, guest, sessionId: started.meeting.sessionId, jitsiRoom: started.meeting.jitsi.roomName, hostMeeting: started.meeting, guestMeeting: joined.meeting };
}

beforeAll(async () => {
  fx = await startToolWithLms({ clock: clock.now });
  let admin: Launched;
  [admin, instructor, ...students] = await Promise.all(['admin', 'instructor', 'student01', 'student02', 'student03', 'student04'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  expect((await api(fx.toolUrl, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', ...JITSI })).status).toBe(200);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => fx?.close());

describe('Jitsi tokens live 15 minutes', () => {
  it('the token handed over on admission expires 15 minutes after it was issued', async () => {
    const { jitsiRoom, hostMeeting, guestMeeting } = await liveSession('interactive', students[0]);
    for (const meeting of [hostMeeting, guestMeeting]) {
      const claims = await verifiedAsJitsi(meeting.jitsi.jwt, jitsiRoom);
      expect(claims.exp - claims.iat).toBe(FIFTEEN_MINUTES);
    }
  });
});

describe('renewing the token (session:token)', () => {
  it('an admitted person gets a fresh valid token for their seat and role, still valid when the first one has expired', async () => {
    const { host, guest, sessionId, jitsiRoom, hostMeeting, guestMeeting } = await liveSession('interactive', students[0]);
    await passMinutes(10);
    const renewed = okData(await request(guest, 'session:token', { sessionId }));
    expect(renewed).toMatchObject({ sessionId, participantId: guestMeeting.participantId });
    const first = await verifiedAsJitsi(guestMeeting.jitsi.jwt, jitsiRoom);
    const fresh = await verifiedAsJitsi(renewed.jwt, jitsiRoom);
    expect(fresh.iat - first.iat).toBeGreaterThanOrEqual(10 * 60);
    expect(fresh.exp - fresh.iat).toBe(FIFTEEN_MINUTES);
    expect(new Date(renewed.expiresAt!).getTime() / 1000).toBe(fresh.exp);
    expect(fresh).toMatchObject({ moderator: false, context: { user: { moderator: false, affiliation: 'member' } } });
    expect(okData(await request(host, 'session:token', { sessionId })).jwt).not.toBe(hostMeeting.jitsi.jwt);
    expect(await verifiedAsJitsi(okData(await request(host, 'session:token', { sessionId })).jwt, jitsiRoom)).toMatchObject({ moderator: true });

    await passMinutes(6);
    // The admission's token has expired by now; the renewed one is what Jitsi accepts on a reconnect.
    await expect(verifiedAsJitsi(guestMeeting.jitsi.jwt, jitsiRoom)).rejects.toThrow(/exp/);
    await expect(verifiedAsJitsi(renewed.jwt, jitsiRoom)).resolves.toMatchObject({ moderator: false });
  });

  it('a moderator made by a host renews as moderator; once demoted, the renewal is a participant token', async () => {
    const student = students[1];
    const { host, guest, sessionId, jitsiRoom } = await liveSession('panel', student);
    const studentId = (await api(fx.toolUrl, student, 'GET', '/api/me')).json.user.id;
    okData(await request(host, 'stage:command', { sessionId, command: { type: 'setModerator', targetUserId: studentId, moderator: true } }));
    expect(await verifiedAsJitsi(okData(await request(guest, 'session:token', { sessionId })).jwt, jitsiRoom)).toMatchObject({ moderator: true });

    okData(await request(host, 'stage:command', { sessionId, command: { type: 'setModerator', targetUserId: studentId, moderator: false } }));
    const demoted = await verifiedAsJitsi(okData(await request(guest, 'session:token', { sessionId })).jwt, jitsiRoom);
    expect(demoted).toMatchObject({ moderator: false, context: { user: { moderator: false, affiliation: 'member' } } });
  });

  it('no renewal after leaving, once the session has ended, while waiting, or for someone not in the session', async () => {
    const { host, guest, sessionId, roomId } = await liveSession('interactive', students[2]);
    const stranger = await connect(students[3]);
    expect(await request(stranger, 'session:token', { sessionId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    okData(await request(guest, 'session:leave', { sessionId }));
    expect(await request(guest, 'session:token', { sessionId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    okData(await request(host, 'session:end', { sessionId }));
    expect(await request(host, 'session:token', { sessionId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // A new session nobody hosts yet: the student waits, and a waiting person has no token to renew.
    const waiting = okData(await request(guest, 'session:enter', { roomId }));
    if (waiting.kind !== 'waiting') throw new Error(waiting.kind);
    expect(await request(guest, 'session:token', { sessionId: waiting.sessionId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a person whose presence lapsed (their page went away) gets none', async () => {
    const { guest, sessionId } = await liveSession('interactive', students[0]);
    guest.close();
    clock.advanceMinutes(1);
    const back = await connect(students[0]);
    expect(await request(back, 'session:token', { sessionId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('no renewal once the platform is deactivated', async () => {
    const { guest, sessionId } = await liveSession('interactive', students[1]);
    const env = { DATA_DIR: fx.database.dataDir, DATABASE_URL: fx.database.databaseUrl, LOG_LEVEL: 'silent' };
    const io = { env, out: () => undefined, err: () => undefined };
    expect(await runPlatformsCommand(['deactivate', fx.account.id], io)).toBe(0);
    try {
      expect(await request(guest, 'session:token', { sessionId })).toMatchObject({ ok: false, error: { code: 'PLATFORM_INACTIVE' } });
    } finally {
      expect(await runPlatformsCommand(['activate', fx.account.id], io)).toBe(0);
    }
  });

  it('a request without a session names the field', async () => {
    const socket = await connect(students[0]);
    expect(await request(socket, 'session:token', {} as { sessionId: string })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: 'sessionId' }] } });
  });
});
