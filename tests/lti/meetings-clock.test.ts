import type { StoredAvailability } from '@lti-rooms/server-persistence';
import {
  api, connectMeeting, launch, Launched, MeetingSocket, nextEvent, okData, request, startToolWithLms, TestClock, ToolFixture, roomOwnedBy, storedFrame,
} from '@lti-rooms/test-support';

/**
 * The meeting rules that depend on time, with the tool's clock moved by the test: heartbeats
 * are sent by hand (tool.realtime.heartbeat, as each process does every 10 s) and sweeps
 * too (tool.sweeper.sweep, every 5 s in production).
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

async function createRoom(availability: StoredAvailability, mode: 'interactive' | 'panel' = 'panel'): Promise<string> {
  return (await roomOwnedBy(fx, instructor, { name: 'Timed room', mode, availability, earlyEntryMinutes: 15 })).id;
}

/** A time frame on the tool's clock, which may have moved ahead of the real one. */
function frameFromNow(inMinutes: number, hours = 1) {
  return storedFrame(inMinutes, hours, clock.now());
}

/** Closes a page's connection and waits until the server has let go of it (its heartbeats stop). */
async function closeAndWait(socket: MeetingSocket): Promise<void> {
  const before = (await fx.tool.realtime.io.fetchSockets()).length;
  socket.close();
  for (let i = 0; i < 100 && (await fx.tool.realtime.io.fetchSockets()).length >= before; i++) await new Promise((r) => setTimeout(r, 20));
}

/** Time passes while everyone stays connected: their processes keep vouching for them. */
async function passMinutes(minutes: number): Promise<void> {
  for (let elapsed = 0; elapsed < minutes; elapsed += 0.25) {
    clock.advanceMinutes(Math.min(0.25, minutes - elapsed));
    await fx.tool.realtime.heartbeat();
  }
}

beforeAll(async () => {
  fx = await startToolWithLms({ clock: clock.now });
  [instructor, ...students] = await Promise.all(['instructor', 'student01', 'student02'].map((u) => launch(fx.toolUrl, fx.lms, u)));
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => fx?.close());

describe('scheduled rooms', () => {
  it('a countdown until the early-entry window; inside it, the waiting room', async () => {
    const roomId = await createRoom(frameFromNow(30));
    const student = await connect(students[0]);
    expect(okData(await request(student, 'session:enter', { roomId }))).toMatchObject({ kind: 'countdown' });
    await passMinutes(15);
    expect(okData(await request(student, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting', waitingCount: 1 });
  });

  it('the room opens by itself at the start time: the waiting room is let in without any host', async () => {
    const roomId = await createRoom(frameFromNow(10));
    const student = await connect(students[0]);
    const waiting = okData(await request(student, 'session:enter', { roomId }));
    expect(waiting).toMatchObject({ kind: 'waiting' });
    await passMinutes(9);
    await fx.tool.sweeper.sweep();
    expect(okData(await request(student, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });

    const admitted = nextEvent(student, 'session:admitted');
    await passMinutes(1);
    await fx.tool.sweeper.sweep();
    const { meeting } = await admitted;
    expect(meeting).toMatchObject({ role: 'participant', viewOnly: true });
    const [session] = await fx.tool.db.select<{ status: string; started_by: string }>('SELECT status, started_by FROM meeting_sessions WHERE room_id = :roomId', { roomId });
    expect(session).toEqual({ status: 'live', started_by: 'schedule' });
  });

  it('a time frame that passes with nobody hosting ends the waiting room; later arrivals see "ended"', async () => {
    const roomId = await createRoom(frameFromNow(10, 1));
    const student = await connect(students[1]);
    okData(await request(student, 'session:enter', { roomId }));
    // Nobody starts it and the room never opens by itself: a host ended an earlier session in this frame.
    await passMinutes(9);
    const host = await connect(instructor);
    const early = okData(await request(host, 'session:enter', { roomId }));
    if (early.kind !== 'admitted') throw new Error(early.kind);
    await passMinutes(2);
    okData(await request(host, 'session:end', { sessionId: early.meeting.sessionId }));
    expect(okData(await request(student, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });

    const ended = nextEvent(student, 'session:ended', (e) => e.reason === 'schedule-ended');
    await passMinutes(60);
    await fx.tool.sweeper.sweep();
    expect(await ended).toMatchObject({ reason: 'schedule-ended', canRejoin: false });
    expect(okData(await request(student, 'session:enter', { roomId }))).toMatchObject({ kind: 'ended', ended: { canRejoin: false } });
  });
});

describe('host absence', () => {
  it('a live session ends 15 minutes after the last host or moderator left, not a moment before', async () => {
    const roomId = await createRoom({ kind: 'always' }, 'interactive');
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const student = await connect(students[0]);
    okData(await request(student, 'session:enter', { roomId }));
    okData(await request(host, 'session:leave', { sessionId: started.meeting.sessionId }));

    await passMinutes(14.75);
    await fx.tool.sweeper.sweep();
    expect(okData(await request(student, 'session:enter', { roomId }))).toMatchObject({ kind: 'admitted' });

    const ended = nextEvent(student, 'session:ended');
    await passMinutes(0.25);
    await fx.tool.sweeper.sweep();
    expect(await ended).toMatchObject({ sessionId: started.meeting.sessionId, reason: 'host-absent', canRejoin: true });
  });
});

describe('presence', () => {
  it('a closed page keeps its seat for the heartbeat timeout, then leaves at its last heartbeat', async () => {
    const roomId = await createRoom({ kind: 'always' }, 'interactive');
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const student = await connect(students[1]);
    const joined = okData(await request(student, 'session:enter', { roomId }));
    if (joined.kind !== 'admitted') throw new Error(joined.kind);
    await closeAndWait(student);
    const lastSeen = clock.now();

    // Back within 20 s: the same participant, still inside.
    await passMinutes(1 / 3);
    const back = await connect(students[1]);
    const resumedAfter = clock.now();
    const resumed = okData(await request(back, 'session:enter', { roomId }));
    if (resumed.kind !== 'admitted') throw new Error(resumed.kind);
    expect(resumed.meeting.participantId).toBe(joined.meeting.participantId);
    const resumedBefore = clock.now();
    await closeAndWait(back);

    await passMinutes(0.75);
    await fx.tool.sweeper.sweep();
    const [row] = await fx.tool.db.select<{ left_at: string | Date; left_reason: string }>('SELECT left_at, left_reason FROM session_participants WHERE id = :id', { id: joined.meeting.participantId });
    expect(row.left_reason).toBe('timeout');
    // The last heartbeat was the resume itself: that is when they were last known to be there.
    expect(new Date(row.left_at).getTime()).toBeGreaterThanOrEqual(resumedAfter.getTime());
    expect(new Date(row.left_at).getTime()).toBeLessThanOrEqual(resumedBefore.getTime());
    expect(new Date(row.left_at).getTime()).toBeGreaterThan(lastSeen.getTime());
    // The attendance register shows that very leave time for that student.
    const studentId = (await api(fx.toolUrl, students[1], 'GET', '/api/me')).json.user.id;
    const register = await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/attendance`);
    const studentRow = register.json.sessions[0].rows.find((r: { userId: string }) => r.userId === studentId);
    expect(studentRow.lastLeaveAt).toBe(new Date(row.left_at).toISOString());
  });

  it('a waiting room everybody has left ends as abandoned; the next arrival waits in a fresh one', async () => {
    const roomId = await createRoom({ kind: 'always' }, 'interactive');
    const student = await connect(students[0]);
    const first = okData(await request(student, 'session:enter', { roomId }));
    if (first.kind !== 'waiting') throw new Error(first.kind);
    await closeAndWait(student);
    await passMinutes(1);
    await fx.tool.sweeper.sweep();
    const [session] = await fx.tool.db.select<{ status: string; end_reason: string }>('SELECT status, end_reason FROM meeting_sessions WHERE id = :id', { id: first.sessionId });
    expect(session).toEqual({ status: 'ended', end_reason: 'abandoned' });
    const again = okData(await request(await connect(students[0]), 'session:enter', { roomId }));
    expect(again).toMatchObject({ kind: 'waiting', waitingCount: 1 });
    if (again.kind === 'waiting') expect(again.sessionId).not.toBe(first.sessionId);
  });

  it('a panelist whose page dies frees the stage seat after the heartbeat timeout, and the hosts hear of it', async () => {
    const roomId = await createRoom({ kind: 'always' }, 'panel');
    const host = await connect(instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const sessionId = started.meeting.sessionId;
    const panelist = await connect(students[0]);
    okData(await request(panelist, 'session:enter', { roomId }));
    const userId = (await api(fx.toolUrl, students[0], 'GET', '/api/me')).json.user.id;
    okData(await request(host, 'stage:command', { sessionId, command: { type: 'setAccessMode', mode: 'everyone' } }));
    okData(await request(panelist, 'stage:command', { sessionId, command: { type: 'joinStage' } }));
    await closeAndWait(panelist);

    const freed = nextEvent(host, 'stage:changed', (e) => e.left.includes(userId));
    await passMinutes(0.75);
    await fx.tool.sweeper.sweep();
    await freed;
    const stage = okData(await request(host, 'stage:snapshot', { sessionId }));
    expect(stage.participants.map((p) => p.userId)).not.toContain(userId);
  });
});
