import type { NewRoom } from '@lti-rooms/server-persistence';
import { jwtVerify } from 'jose';
import {
  api, connectMeeting, launch, Launched, MeetingSocket, nextEvent, okData, request, startToolWithLms, ToolFixture, roomOwnedBy, storedFrame,
} from '@lti-rooms/test-support';

/** What a Jitsi deployment with token authentication is configured with; the tests verify every JWT against it. */
const JITSI = { domain: 'meet.rooms.test', appId: 'lti-rooms-tests', appSecret: 'jitsi-app-secret-for-tests-0123456789' };

let fx: ToolFixture;
let admin: Launched;
let instructor: Launched;
let students: Launched[];
/** Display names, as the LMS sent them. */
const nameOf = new Map<Launched, string>();
const sockets: MeetingSocket[] = [];

async function connect(who: Launched): Promise<MeetingSocket> {
  const socket = await connectMeeting(fx.toolUrl, who);
  sockets.push(socket);
  return socket;
}

async function createRoom(room: Partial<NewRoom>): Promise<string> {
  return (await roomOwnedBy(fx, instructor, room)).id;
}

/** Verifies a Jitsi JWT as prosody's token authentication does: signature, audience, issuer, subject, room and expiry. */
async function verifyJitsiJwt(jwt: string, room: string) {
  const { payload } = await jwtVerify(jwt, new TextEncoder().encode(JITSI.appSecret), { audience: 'jitsi', issuer: JITSI.appId, subject: JITSI.domain, algorithms: ['HS256'] });
  expect(payload.room).toBe(room);
  expect(payload.exp! - payload.iat!).toBe(15 * 60);
  return payload as { moderator: boolean; context: { user: { id: string; name: string; moderator: boolean; affiliation: string } } };
}

beforeAll(async () => {
  fx = await startToolWithLms();
  [admin, instructor, ...students] = await Promise.all(['admin', 'instructor', 'student01', 'student02', 'student03'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  for (const who of [instructor, ...students]) nameOf.set(who, (await api(fx.toolUrl, who, 'GET', '/api/me')).json.user.name);
  const saved = await api(fx.toolUrl, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', ...JITSI });
  expect(saved.status).toBe(200);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => fx?.close());

describe('entering a meeting', () => {
  it('a student waits in early entry; the instructor starts; the student is admitted with a participant JWT, the instructor has a moderator one', async () => {
    const roomId = await createRoom({ name: 'Panel lecture', mode: 'panel', availability: storedFrame(10) });
    const studentSocket = await connect(students[0]);
    const waiting = okData(await request(studentSocket, 'session:enter', { roomId }));
    expect(waiting).toMatchObject({ kind: 'waiting', waitingCount: 1 });

    const admitted = nextEvent(studentSocket, 'session:admitted');
    const hostSocket = await connect(instructor);
    const started = okData(await request(hostSocket, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(`host got ${started.kind}`);
    expect(started.meeting).toMatchObject({ role: 'host', mode: 'panel', viewOnly: false });

    const { meeting } = await admitted;
    expect(meeting).toMatchObject({ role: 'participant', viewOnly: true, sessionId: started.meeting.sessionId });
    expect(meeting.jitsi).toMatchObject({ provider: 'jitsi', domain: JITSI.domain, roomName: started.meeting.jitsi.roomName });
    expect(meeting.jitsi.configOverwrite).toMatchObject({ startWithAudioMuted: true, startWithVideoMuted: true, prejoinConfig: { enabled: true } });
    expect(meeting.jitsi.configOverwrite.toolbarButtons).not.toContain('microphone');

    const studentClaims = await verifyJitsiJwt(meeting.jitsi.jwt!, meeting.jitsi.roomName);
    expect(studentClaims.moderator).toBe(false);
    expect(studentClaims.context.user).toMatchObject({ name: nameOf.get(students[0]), moderator: false, affiliation: 'member' });
    const hostClaims = await verifyJitsiJwt(started.meeting.jitsi.jwt!, started.meeting.jitsi.roomName);
    expect(hostClaims.moderator).toBe(true);
    expect(hostClaims.context.user).toMatchObject({ name: 'Ada Instructor', moderator: true, affiliation: 'owner' });
    // The Jitsi room name is unguessable and tied to this account.
    expect(meeting.jitsi.roomName).toMatch(/^rooms-[0-9a-f]{8}-[0-9a-f]{30}$/);
  });

  it('the entry page shows the live session with its head count and whether a host is there; nobody there is not live', async () => {
    const roomId = await createRoom({ name: 'Live count', mode: 'interactive', availability: { kind: 'always' } });
    const host = await connect(instructor);
    const student = await connect(students[1]);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    okData(await request(student, 'session:enter', { roomId }));
    const status = async () => (await api(fx.toolUrl, students[1], 'GET', `/api/rooms/${roomId}`)).json.status;
    expect(await status()).toEqual({ kind: 'live', participantCount: 2, hostPresent: true });

    // The host leaves: still live for the one who stays, and said to be waiting for a host.
    okData(await request(host, 'session:leave', { sessionId: started.meeting.sessionId }));
    expect(await status()).toEqual({ kind: 'live', participantCount: 1, hostPresent: false });
    // Nobody there is not live, even while the session waits out its host-absence timer.
    okData(await request(student, 'session:leave', { sessionId: started.meeting.sessionId }));
    expect(await status()).toEqual({ kind: 'always-open' });
  });
});

describe('leaving, ending and rejoining', () => {
  it('reconnecting resumes the same participant: one join in the register, not two', async () => {
    const roomId = await createRoom({ name: 'Resume', mode: 'interactive', availability: { kind: 'always' } });
    okData(await request(await connect(instructor), 'session:enter', { roomId }));
    const first = okData(await request(await connect(students[0]), 'session:enter', { roomId }));
    if (first.kind !== 'admitted') throw new Error(first.kind);
    sockets[sockets.length - 1].close();
    const resumed = await connect(students[0]);
    // The resumed page hears the head count at once, though nobody arrived or left.
    const heard = new Promise<{ inRoomCount: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no session:presence within 2 s of resuming')), 2_000);
      resumed.once('session:presence', (event) => {
        clearTimeout(timer);
        resolve(event);
      });
    });
    const again = okData(await request(resumed, 'session:enter', { roomId }));
    if (again.kind !== 'admitted') throw new Error(again.kind);
    expect((await heard).inRoomCount).toBe(2);
    expect(again.meeting.participantId).toBe(first.meeting.participantId);
    const joins = await fx.tool.db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM attendance_events WHERE participant_id = :id AND type = 'join'`, { id: first.meeting.participantId });
    expect(Number(joins[0].n)).toBe(1);
  });

  it('"Leave session" records the leave; leaving twice is harmless', async () => {
    const roomId = await createRoom({ name: 'Leave', mode: 'interactive', availability: { kind: 'always' } });
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const student = await connect(students[1]);
    okData(await request(student, 'session:enter', { roomId }));
    const presence = nextEvent(host, 'session:presence', (p) => p.inRoomCount === 1);
    okData(await request(student, 'session:leave', { sessionId: started.meeting.sessionId }));
    okData(await request(student, 'session:leave', { sessionId: started.meeting.sessionId }));
    expect(await presence).toMatchObject({ inRoomCount: 1, hostPresent: true });
    const events = await fx.tool.db.select<{ type: string }>(`SELECT e.type FROM attendance_events e JOIN users u ON u.id = e.user_id WHERE e.session_id = :sessionId AND u.name = :name ORDER BY e.at`, { sessionId: started.meeting.sessionId, name: nameOf.get(students[1]) });
    expect(events.map((e) => e.type)).toEqual(['join', 'leave']);
  });

  it('a host ends the session for everyone: every open page hears it; a participant may not end it', async () => {
    const roomId = await createRoom({ name: 'End', mode: 'interactive', availability: { kind: 'always' } });
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const student = await connect(students[2]);
    okData(await request(student, 'session:enter', { roomId }));
    const refused = await request(student, 'session:end', { sessionId: started.meeting.sessionId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const ended = nextEvent(student, 'session:ended');
    okData(await request(host, 'session:end', { sessionId: started.meeting.sessionId }));
    expect(await ended).toMatchObject({ sessionId: started.meeting.sessionId, reason: 'host-ended', canRejoin: true });
    const stillIn = await fx.tool.db.select<{ n: number }>('SELECT COUNT(*) AS n FROM session_participants WHERE session_id = :id AND left_at IS NULL', { id: started.meeting.sessionId });
    expect(Number(stillIn[0].n)).toBe(0);
    // Rejoin in an always-open room: waits for a host again, in a new session.
    const rejoined = okData(await request(student, 'session:enter', { roomId }));
    expect(rejoined).toMatchObject({ kind: 'waiting' });
    if (rejoined.kind === 'waiting') expect(rejoined.sessionId).not.toBe(started.meeting.sessionId);
  });

  it('a page whose connection was down when the session ended hears "ended" when it comes back, not a fresh waiting room', async () => {
    const roomId = await createRoom({ name: 'Missed end', mode: 'interactive', availability: { kind: 'always' } });
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const sessionId = started.meeting.sessionId;
    const dropped = await connect(students[0]);
    okData(await request(dropped, 'session:enter', { roomId }));
    dropped.close();
    okData(await request(host, 'session:end', { sessionId }));

    const back = await connect(students[0]);
    expect(okData(await request(back, 'session:enter', { roomId, sessionId }))).toEqual({
      kind: 'ended', ended: { sessionId, endedAt: expect.any(String), reason: 'host-ended', canRejoin: true },
    });
    // Rejoin (no session named): the waiting room of a new session.
    expect(okData(await request(back, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });
  });

  it('after a host ends a scheduled session during its time frame, participants wait for a host instead of restarting it', async () => {
    const roomId = await createRoom({ name: 'Ended frame', mode: 'interactive', availability: storedFrame(5) });
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    okData(await request(host, 'session:end', { sessionId: started.meeting.sessionId }));
    expect(okData(await request(await connect(students[0]), 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });
  });
});

describe('before the waiting room opens', () => {
  it('a participant two hours early sees a countdown to the early-entry window; nothing is written', async () => {
    const roomId = await createRoom({ name: 'Later', mode: 'panel', availability: storedFrame(120), earlyEntryMinutes: 15 });
    const before = await fx.countRows('session_participants');
    const outcome = okData(await request(await connect(students[0]), 'session:enter', { roomId }));
    if (outcome.kind !== 'countdown') throw new Error(outcome.kind);
    expect(new Date(outcome.startsAt).getTime() - new Date(outcome.opensAt).getTime()).toBe(15 * 60_000);
    expect(await fx.countRows('session_participants')).toBe(before);
    expect(await fx.tool.db.select('SELECT id FROM meeting_sessions WHERE room_id = :roomId', { roomId })).toEqual([]);
  });
});

describe('attendance', () => {
  it('owners see each session\'s register and download it as CSV; students may not', async () => {
    const roomId = await createRoom({ name: 'Register', mode: 'interactive', availability: { kind: 'always' } });
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    okData(await request(await connect(students[1]), 'session:enter', { roomId }));
    okData(await request(host, 'session:end', { sessionId: started.meeting.sessionId }));

    const list = await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/attendance`);
    expect(list.status).toBe(200);
    const [session] = list.json.sessions;
    expect(session).toMatchObject({ id: started.meeting.sessionId, status: 'ended', endReason: 'host-ended' });
    expect(session.rows.map((r: { name: string }) => r.name).sort()).toEqual([nameOf.get(instructor), nameOf.get(students[1])].sort());
    for (const row of session.rows) expect(row.lastLeaveAt).not.toBeNull();

    const csv = await instructor.browser.request(`${fx.toolUrl}/api/rooms/${roomId}/sessions/${session.id}/attendance.csv?zone=Europe/Berlin`, { headers: { authorization: `Bearer ${instructor.ltik}` } });
    expect(csv.status).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Name,Email,First join (Europe/Berlin),Last leave (Europe/Berlin),Minutes present');
    expect(lines).toHaveLength(3);

    expect((await api(fx.toolUrl, students[1], 'GET', `/api/rooms/${roomId}/attendance`)).status).toBe(403);
    expect((await students[1].browser.request(`${fx.toolUrl}/api/rooms/${roomId}/sessions/${session.id}/attendance.csv`, { headers: { authorization: `Bearer ${students[1].ltik}` } })).status).toBe(403);
  });
});

describe('bad requests and strangers', () => {
  it('an enter without a room id names the field and writes nothing', async () => {
    const before = [await fx.countRows('meeting_sessions'), await fx.countRows('session_participants')];
    const refused = await request(await connect(students[0]), 'session:enter', {} as { roomId: string });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: 'roomId' }] } });
    expect([await fx.countRows('meeting_sessions'), await fx.countRows('session_participants')]).toEqual(before);
  });

  it('an unknown room is not found', async () => {
    const refused = await request(await connect(students[0]), 'session:enter', { roomId: '00000000-0000-4000-8000-000000000000' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each<[string, { token?: string | null; cookie?: string | null }, string]>([
    ['no launch token', { token: null }, 'UNAUTHENTICATED'],
    ['a forged launch token', { token: 'eyJhbGciOiJIUzI1NiJ9.e30.forged' }, 'INVALID_LAUNCH_TOKEN'],
    ['the token without its browser\'s cookie', { cookie: null }, 'SESSION_COOKIE_MISSING'],
  ])('a connection with %s is refused', async (_label, options, code) => {
    await expect(connectMeeting(fx.toolUrl, students[0], options)).rejects.toMatchObject({ code });
  });
});

describe('a locked session (Lock room, Admit, Admit all)', () => {
  it('hosts lock it: arrivals wait and hosts see who; Admit lets one in, unlocking lets the rest in; only hosts may do any of it', async () => {
    const roomId = await createRoom({ name: 'Locked office hours' });
    const hostSocket = await connect(instructor);
    const started = okData(await request(hostSocket, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(`host got ${started.kind}`);
    const { sessionId } = started.meeting;
    expect(started.meeting.locked).toBe(false);

    // A student inside may not lock it, admit or list.
    const insider = await connect(students[0]);
    expect(okData(await request(insider, 'session:enter', { roomId }))).toMatchObject({ kind: 'admitted' });
    for (const [event, body] of [['session:lock', { sessionId, locked: true }], ['session:admit', { sessionId }], ['session:waiting-list', { sessionId }]] as const) {
      expect(await request(insider, event as 'session:lock', body as { sessionId: string; locked: boolean })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'ADMIT_FOR_HOSTS_ONLY' } });
    }

    const lockedNews = nextEvent(insider, 'session:locked');
    expect(await request(hostSocket, 'session:lock', { sessionId, locked: true })).toEqual({ ok: true, data: null });
    expect(await lockedNews).toEqual({ sessionId, locked: true });

    const [first, second] = await Promise.all([connect(students[1]), connect(students[2])]);
    expect(okData(await request(first, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting', sessionId, locked: true });
    expect(okData(await request(second, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting', sessionId, locked: true });
    const list = okData(await request(hostSocket, 'session:waiting-list', { sessionId }));
    expect(list.waiting.map((w) => w.name)).toEqual([nameOf.get(students[1]), nameOf.get(students[2])]);

    // Admit one: only they are let in.
    const firstIn = nextEvent(first, 'session:admitted');
    expect(await request(hostSocket, 'session:admit', { sessionId, participantId: list.waiting[0].participantId })).toEqual({ ok: true, data: null });
    expect((await firstIn).meeting).toMatchObject({ sessionId, role: 'participant', locked: true });
    expect(okData(await request(hostSocket, 'session:waiting-list', { sessionId })).waiting.map((w) => w.name)).toEqual([nameOf.get(students[2])]);
    // Admitting someone already in, or twice: nothing happens, nothing fails.
    expect(await request(hostSocket, 'session:admit', { sessionId, participantId: list.waiting[0].participantId })).toEqual({ ok: true, data: null });

    // Unlock: everyone still waiting comes in.
    const secondIn = nextEvent(second, 'session:admitted');
    expect(await request(hostSocket, 'session:lock', { sessionId, locked: false })).toEqual({ ok: true, data: null });
    expect((await secondIn).meeting).toMatchObject({ sessionId, locked: false });
    expect(okData(await request(hostSocket, 'session:waiting-list', { sessionId })).waiting).toEqual([]);
  });

  it('Admit all lets everyone waiting in and keeps the session locked for later arrivals', async () => {
    const roomId = await createRoom({ name: 'Locked seminar' });
    const hostSocket = await connect(instructor);
    const started = okData(await request(hostSocket, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(`host got ${started.kind}`);
    const { sessionId } = started.meeting;
    okData(await request(hostSocket, 'session:lock', { sessionId, locked: true }));
    const waiters = await Promise.all([connect(students[0]), connect(students[1])]);
    for (const socket of waiters) expect(okData(await request(socket, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });
    const admitted = waiters.map((socket) => nextEvent(socket, 'session:admitted'));
    expect(await request(hostSocket, 'session:admit', { sessionId })).toEqual({ ok: true, data: null });
    await Promise.all(admitted);
    const late = await connect(students[2]);
    expect(okData(await request(late, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting', locked: true });
  });
});

describe('hosts see who waits without opening the meeting', () => {
  it("the course's and the room's waiting counts, for rooms the caller may start; students get none", async () => {
    const roomId = await createRoom({ name: 'Office hours with a queue' });
    const channelId = instructor.landingPath.split('/').pop()!;
    for (const student of [students[0], students[1]]) expect(okData(await request(await connect(student), 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });

    const course = await api(fx.toolUrl, instructor, 'GET', `/api/channels/${channelId}/waiting`);
    expect(course.status).toBe(200);
    expect(course.json.rooms).toContainEqual({ roomId, waitingCount: 2 });
    expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/waiting`)).json).toEqual({ rooms: [{ roomId, waitingCount: 2 }] });

    expect((await api(fx.toolUrl, students[2], 'GET', `/api/channels/${channelId}/waiting`)).json).toEqual({ rooms: [] });
    expect(await api(fx.toolUrl, students[2], 'GET', `/api/rooms/${roomId}/waiting`)).toMatchObject({ status: 403, json: { error: { code: 'FORBIDDEN' } } });
  });
});
