import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createTool, loadConfig, Tool } from '@lti-rooms/server-app';
import {
  api, connectMeeting, launch, Launched, MeetingSocket, nextEvent, okData, request, startToolProcess, startToolWithLms, TestClock, ToolFixture, ToolProcess, roomOwnedBy,
} from '@lti-rooms/test-support';

/**
 * Several server processes behind one address act as one (ARCHITECTURE "two server
 * processes on one database must behave as one"). Needs a database server to share.
 */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;
const LTI_KEY = 'processes-test-shared-lti-key-0123456789abcdef';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function createRoom(fx: ToolFixture, instructor: Launched): Promise<string> {
  return (await roomOwnedBy(fx, instructor, { name: 'Shared room', mode: 'panel' })).id;
}

describe.each([
  ['the PostgreSQL adapter', {}],
  ['the Redis adapter (REDIS_URL)', { REDIS_URL }],
])('events between two server processes through %s', (_label, env: Record<string, string>) => {
  let fx: ToolFixture;
  let second: ToolProcess;
  const sockets: MeetingSocket[] = [];
  const run = process.env.TEST_DATABASE_URL ? it : it.skip;

  beforeAll(async () => {
    if (!process.env.TEST_DATABASE_URL) return;
    fx = await startToolWithLms({ env: { LTI_KEY, ...env } });
    second = await startToolProcess({ databaseUrl: fx.database.databaseUrl!, ltiKey: LTI_KEY, publicUrl: fx.toolUrl, allowedHosts: [new URL(fx.lms.url).host], env });
  }, 90_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await second?.stop();
    await fx?.close();
  });

  run('a participant waiting on one process is admitted when the host starts on the other, and hears the end', async () => {
    expect(fx.tool.realtime.adapterKind).toBe(env.REDIS_URL ? 'redis' : 'postgres');
    const [instructor, student] = await Promise.all(['instructor', 'student01'].map((u) => launch(fx.toolUrl, fx.lms, u)));
    const roomId = await createRoom(fx, instructor);
    const waiter = await connectMeeting(second.url, student);
    const host = await connectMeeting(fx.toolUrl, instructor);
    sockets.push(waiter, host);
    expect(okData(await request(waiter, 'session:enter', { roomId }))).toMatchObject({ kind: 'waiting' });

    const admitted = nextEvent(waiter, 'session:admitted');
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    expect((await admitted).meeting).toMatchObject({ sessionId: started.meeting.sessionId, role: 'participant' });

    const presence = nextEvent(host, 'session:presence', (p) => p.inRoomCount === 2);
    expect(await presence).toMatchObject({ hostPresent: true });

    // The stage too: a host on one process invites a viewer on the other, who answers from there.
    const studentId = (await api(fx.toolUrl, student, 'GET', '/api/me')).json.user.id;
    const invitation = nextEvent(waiter, 'stage:changed', (e) => e.moves.some((m) => m.userId === studentId && m.to === 'invited'));
    okData(await request(host, 'stage:command', { sessionId: started.meeting.sessionId, command: { type: 'invite', targetUserId: studentId } }));
    await invitation;
    const onStage = nextEvent(host, 'stage:changed', (e) => e.moves.some((m) => m.userId === studentId && m.to === 'on-stage'));
    okData(await request(waiter, 'stage:command', { sessionId: started.meeting.sessionId, command: { type: 'acceptInvite' } }));
    await onStage;
    const ended = nextEvent(waiter, 'session:ended');
    okData(await request(host, 'session:end', { sessionId: started.meeting.sessionId }));
    expect(await ended).toMatchObject({ reason: 'host-ended' });
  }, 60_000);
});

onPostgres('a server process dies', () => {
  let fx: ToolFixture;
  let second: ToolProcess;

  beforeAll(async () => {
    fx = await startToolWithLms({ env: { LTI_KEY } });
    second = await startToolProcess({ databaseUrl: fx.database.databaseUrl!, ltiKey: LTI_KEY, publicUrl: fx.toolUrl, allowedHosts: [new URL(fx.lms.url).host] });
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await fx?.close();
  });

  it('its people reconnect through another process as the same participants, their seats and register intact', async () => {
    const [instructor, student] = await Promise.all(['instructor', 'student01'].map((u) => launch(fx.toolUrl, fx.lms, u)));
    const roomId = await createRoom(fx, instructor);
    const host = await connectMeeting(fx.toolUrl, instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const onDoomed = await connectMeeting(second.url, student);
    const joined = okData(await request(onDoomed, 'session:enter', { roomId }));
    if (joined.kind !== 'admitted') throw new Error(joined.kind);

    const dropped = new Promise((resolve) => onDoomed.once('disconnect', resolve));
    await second.stop();
    await dropped;
    const back = await connectMeeting(fx.toolUrl, student);
    const resumed = okData(await request(back, 'session:enter', { roomId, sessionId: joined.meeting.sessionId }));
    if (resumed.kind !== 'admitted') throw new Error(resumed.kind);
    expect(resumed.meeting.participantId).toBe(joined.meeting.participantId);
    const [joins] = await fx.tool.db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM attendance_events WHERE participant_id = :id`, { id: joined.meeting.participantId });
    expect(Number(joins.n)).toBe(1);
    for (const socket of [host, onDoomed, back]) socket.close();
  }, 60_000);
});

onPostgres('revocation across processes (issue 10, finding 6)', () => {
  let fx: ToolFixture;
  let second: ToolProcess;

  beforeAll(async () => {
    fx = await startToolWithLms({ env: { LTI_KEY } });
    second = await startToolProcess({ databaseUrl: fx.database.databaseUrl!, ltiKey: LTI_KEY, publicUrl: fx.toolUrl });
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await fx?.close();
  });

  it('the platform deactivated through one process: a socket on the other is refused at its next command, and its idle sockets close within a heartbeat interval', async () => {
    const [instructor, student, idler] = await Promise.all(['instructor', 'student01', 'student02'].map((u) => launch(fx.toolUrl, fx.lms, u)));
    const roomId = await createRoom(fx, instructor);
    const host = await connectMeeting(fx.toolUrl, instructor);
    expect(okData(await request(host, 'session:enter', { roomId }))).toMatchObject({ kind: 'admitted' });
    const waiter = await connectMeeting(second.url, student);
    const idle = await connectMeeting(second.url, idler);
    const rows = () => Promise.all(['session_participants', 'attendance_events'].map((t) => fx.countRows(t)));
    const before = await rows();

    let timer: NodeJS.Timeout | undefined;
    const idleClosed = new Promise((resolve, reject) => {
      idle.once('disconnect', resolve);
      timer = setTimeout(() => reject(new Error('the idle socket stayed open')), 25_000);
    }).finally(() => clearTimeout(timer));
    await fx.tool.registration.setActive(fx.account, false);
    expect(await request(waiter, 'session:enter', { roomId })).toMatchObject({ ok: false, error: { code: 'PLATFORM_INACTIVE' } });
    expect(await rows()).toEqual(before);
    await expect(idleClosed).resolves.toBe('io server disconnect');
    for (const socket of [host, waiter, idle]) socket.close();
  }, 60_000);
});

onPostgres('sweeps on every process at once', () => {
  const clock = new TestClock();
  let fx: ToolFixture;
  let other: Tool;

  beforeAll(async () => {
    fx = await startToolWithLms({ env: { LTI_KEY }, clock: clock.now });
    const config = loadConfig({ DATABASE_URL: fx.database.databaseUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'lti-rooms-other-')), LTI_KEY, LOG_LEVEL: 'silent', PORT: '0' });
    other = await createTool(config, { logger: createLogger('silent'), clock: clock.now, sweepIntervalMs: null });
  }, 60_000);
  afterAll(async () => {
    await other?.close();
    await fx?.close();
  });

  it('end an abandoned session once: one end, one leave per person, however many processes sweep', async () => {
    const [instructor, ...students] = await Promise.all(['instructor', 'student01', 'student02'].map((u) => launch(fx.toolUrl, fx.lms, u)));
    const roomId = await createRoom(fx, instructor);
    const host = await connectMeeting(fx.toolUrl, instructor);
    const started = okData(await request(host, 'session:enter', { roomId }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const sessionId = started.meeting.sessionId;
    const people = await Promise.all(students.map((s) => connectMeeting(fx.toolUrl, s)));
    for (const socket of people) okData(await request(socket, 'session:enter', { roomId }));
    okData(await request(host, 'session:leave', { sessionId }));

    for (let minute = 0; minute < 16; minute++) {
      clock.advanceMinutes(1);
      await fx.tool.realtime.heartbeat();
      await Promise.all([fx.tool.sweeper.sweep(), other.sweeper.sweep(), fx.tool.sweeper.sweep(), other.sweeper.sweep()]);
    }
    const [session] = await fx.tool.db.select<{ status: string; end_reason: string }>('SELECT status, end_reason FROM meeting_sessions WHERE id = :sessionId', { sessionId });
    expect(session).toEqual({ status: 'ended', end_reason: 'host-absent' });
    const events = await fx.tool.db.select<{ type: string; n: number }>('SELECT type, COUNT(*) AS n FROM attendance_events WHERE session_id = :sessionId GROUP BY type ORDER BY type', { sessionId });
    // The host's step onto the stage of this panel room is recorded once too; their leave closes it.
    expect(events.map((e) => [e.type, Number(e.n)])).toEqual([['join', 3], ['leave', 3], ['stage_on', 1]]);
    for (const socket of [host, ...people]) socket.close();
  }, 60_000);
});
