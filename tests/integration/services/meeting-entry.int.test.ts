import { buildAccount, buildLaunch, buildRoom } from '@lti-rooms/server-persistence/testing';
import { startToolServices, ToolServices } from '@lti-rooms/test-support';

/** Entering a room, asked of the meeting service directly on a real database: who waits, who starts, who is let in. */
let services: ToolServices;

beforeAll(async () => {
  services = await startToolServices();
});
afterAll(async () => services?.close());

async function roomWithPeople() {
  const { db } = services.tool;
  const account = await buildAccount(db);
  const teacher = await buildLaunch(db, { accountId: account.id, channelRole: 'manager' });
  const students = [];
  for (let i = 0; i < 3; i++) students.push(await buildLaunch(db, { accountId: account.id, channelRole: 'participant' }));
  const room = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [teacher.channelId!] });
  const entrant = (launch: typeof teacher) => ({ accountId: account.id, userId: launch.userId, channelId: launch.channelId, isObserver: false });
  return { db, room, teacher, students, entrant };
}

describe(`meeting entry on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('students wait for the host; the host starts the session and everyone waiting is let in', async () => {
    const { db, room, teacher, students, entrant } = await roomWithPeople();
    const first = await services.tool.meetings.enter(entrant(students[0]), room.id);
    const second = await services.tool.meetings.enter(entrant(students[1]), room.id);
    expect(first.outcome).toMatchObject({ kind: 'waiting', waitingCount: 1 });
    expect(second.outcome).toMatchObject({ kind: 'waiting', waitingCount: 2, sessionId: first.sessionId });

    const host = await services.tool.meetings.enter(entrant(teacher), room.id);
    expect(host.outcome.kind).toBe('admitted');
    expect(host.sessionId).toBe(first.sessionId);
    const rows = await db.select<{ user_id: string; role: string; admitted: number | boolean }>(
      'SELECT user_id, role, admitted_at IS NOT NULL AS admitted FROM session_participants WHERE session_id = :sessionId ORDER BY role',
      { sessionId: first.sessionId },
    );
    expect(rows.map((r) => [r.user_id, r.role, Boolean(Number(r.admitted))])).toEqual(
      expect.arrayContaining([[teacher.userId, 'host', true], [students[0].userId, 'participant', true], [students[1].userId, 'participant', true]]),
    );
    const [session] = await db.select<{ status: string }>('SELECT status FROM meeting_sessions WHERE id = :id', { id: first.sessionId });
    expect(session.status).toBe('live');
  });

  it('a student who arrives after the start is let in at once, into the same session', async () => {
    const { room, teacher, students, entrant } = await roomWithPeople();
    const host = await services.tool.meetings.enter(entrant(teacher), room.id);
    const late = await services.tool.meetings.enter(entrant(students[2]), room.id);
    expect(late.outcome.kind).toBe('admitted');
    expect(late.sessionId).toBe(host.sessionId);
  });

  it('someone outside the course cannot enter: the room is "not found" and nothing is written', async () => {
    const { db, room } = await roomWithPeople();
    const stranger = await buildLaunch(db, { accountId: room.accountId, contextId: 'another-course', channelRole: 'participant' });
    const before = await db.select<{ n: number }>('SELECT COUNT(*) AS n FROM session_participants');
    await expect(
      services.tool.meetings.enter({ accountId: room.accountId, userId: stranger.userId, channelId: stranger.channelId, isObserver: false }, room.id),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const after = await db.select<{ n: number }>('SELECT COUNT(*) AS n FROM session_participants');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});
