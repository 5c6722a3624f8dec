import { jwtVerify } from 'jose';
import {
  api, connectMeeting, launch, Launched, MeetingSocket, nextEvent, okData, recordEvents, request, startToolWithLms, timeFrame, ToolFixture,
} from '@lti-rooms/test-support';

/** What a Jitsi deployment with token authentication is configured with; the tests verify every JWT against it. */
const JITSI = { domain: 'meet.rooms.test', appId: 'lti-rooms-tests', appSecret: 'jitsi-app-secret-for-tests-0123456789' };

let fx: ToolFixture;
let admin: Launched;
let instructor: Launched;
let students: Launched[];
let channelId: string;
const sockets: MeetingSocket[] = [];

async function connect(who: Launched): Promise<MeetingSocket> {
  const socket = await connectMeeting(fx.toolUrl, who);
  sockets.push(socket);
  return socket;
}

async function createRoom(body: Record<string, unknown>): Promise<string> {
  const created = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', { channelId, ...body });
  if (created.status !== 201) throw new Error(`room not created: ${JSON.stringify(created.json)}`);
  return created.json.id;
}

/** Verifies a Jitsi JWT as prosody's token authentication does: signature, audience, issuer, subject, room and expiry. */
async function verifyJitsiJwt(jwt: string, room: string) {
  const { payload } = await jwtVerify(jwt, new TextEncoder().encode(JITSI.appSecret), { audience: 'jitsi', issuer: JITSI.appId, subject: JITSI.domain, algorithms: ['HS256'] });
  expect(payload.room).toBe(room);
  expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(2 * 3600);
  return payload as { moderator: boolean; context: { user: { id: string; name: string; moderator: boolean; affiliation: string } } };
}

beforeAll(async () => {
  fx = await startToolWithLms();
  [admin, instructor, ...students] = await Promise.all(['admin', 'instructor', 'student01', 'student02', 'student03'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  channelId = instructor.landingPath.split('/').pop()!;
  const saved = await api(fx.toolUrl, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', ...JITSI });
  expect(saved.status).toBe(200);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => fx?.close());

describe('entering a meeting', () => {
  it('a student waits in early entry; the instructor starts; the student is admitted with a participant JWT, the instructor has a moderator one', async () => {
    const roomId = await createRoom({ name: 'Panel lecture', modeChoice: { kind: 'mode', mode: 'panel' }, availability: timeFrame(10) });
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
    expect(studentClaims.context.user).toMatchObject({ name: 'Sam Student', moderator: false, affiliation: 'member' });
    const hostClaims = await verifyJitsiJwt(started.meeting.jitsi.jwt!, started.meeting.jitsi.roomName);
    expect(hostClaims.moderator).toBe(true);
    expect(hostClaims.context.user).toMatchObject({ name: 'Ada Instructor', moderator: true, affiliation: 'owner' });
    // The Jitsi room name is unguessable and tied to this account.
    expect(meeting.jitsi.roomName).toMatch(/^rooms-[0-9a-f]{8}-[0-9a-f]{30}$/);
  });

  it('the entry page shows the live session with its head count', async () => {
    const roomId = await createRoom({ name: 'Live count', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } });
    okData(await request(await connect(instructor), 'session:enter', { roomId }));
    okData(await request(await connect(students[1]), 'session:enter', { roomId }));
    const room = await api(fx.toolUrl, students[1], 'GET', `/api/rooms/${roomId}`);
    expect(room.json.status).toEqual({ kind: 'live', participantCount: 2 });
  });
});
