import { presenceCutoff } from '@lti-rooms/domain';
import { countStatements, MeetingSessionRepository, ParticipantRepository } from '@lti-rooms/server-persistence';
import { buildAccount, buildLaunch, buildRoom } from '@lti-rooms/server-persistence/testing';
import { startToolServices, ToolServices } from '@lti-rooms/test-support';

/** The meeting sweep on a real database: its one reading of every open session, and what a sweep at rest costs. */
let services: ToolServices;

// A database per test: sessions another test left open could come due mid-count.
beforeEach(async () => {
  services = await startToolServices();
});
afterEach(async () => services?.close());

async function openRoom(hosted: boolean, accountId?: string) {
  const { db } = services.tool;
  const account = accountId ? { id: accountId } : await buildAccount(db);
  const teacher = await buildLaunch(db, { accountId: account.id, channelRole: 'manager' });
  const students = [await buildLaunch(db, { accountId: account.id, channelRole: 'participant' }), await buildLaunch(db, { accountId: account.id, channelRole: 'participant' })];
  const room = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [teacher.channelId!] });
  const entrant = (launch: typeof teacher) => ({ accountId: account.id, userId: launch.userId, channelId: launch.channelId, isObserver: false });
  const { sessionId } = await services.tool.meetings.enter(entrant(students[0]), room.id);
  await services.tool.meetings.enter(entrant(students[1]), room.id);
  if (hosted) await services.tool.meetings.enter(entrant(teacher), room.id);
  return { accountId: account.id, roomId: room.id, sessionId: sessionId!, students };
}

/** Counts the statements `work` sends. */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const counter = countStatements(services.tool.db);
  try {
    await work();
    return counter.count();
  } finally {
    counter.stop();
  }
}

describe(`meeting sweep on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it("reads every open session's facts in one statement, each as that session's own readings have it", async () => {
    const { db } = services.tool;
    const live = await openRoom(true);
    const waiting = await openRoom(false);
    // One learner of the live session lets the heartbeat lapse.
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    await db.execute('UPDATE session_participants SET last_seen_at = :longAgo WHERE session_id = :sessionId AND user_id = :userId', { longAgo, sessionId: live.sessionId, userId: live.students[0].userId });

    const sessions = new MeetingSessionRepository(db);
    const participants = new ParticipantRepository(db);
    const cutoff = presenceCutoff(new Date());
    const facts = await sessions.openWithSweepFacts(cutoff);
    for (const { accountId, roomId, sessionId } of [live, waiting]) {
      const own = facts.find((f) => f.session.id === sessionId);
      const headcount = await participants.headcount(accountId, sessionId, cutoff);
      expect(own).toEqual({
        session: await sessions.find(accountId, sessionId),
        stale: await participants.anyStale(accountId, sessionId, cutoff),
        hostPresent: headcount.hostPresent,
        anyonePresent: headcount.everyoneCount + headcount.waitingCount > 0,
        lastHostSeenAt: await participants.lastHostSeenAt(accountId, sessionId),
        hostEndedAt: await sessions.hostEndedAt(accountId, roomId),
      });
    }
    expect(facts.find((f) => f.session.id === live.sessionId)).toMatchObject({ stale: true, hostPresent: true });
    expect(facts.find((f) => f.session.id === waiting.sessionId)).toMatchObject({ stale: false, hostPresent: false, anyonePresent: true, lastHostSeenAt: null });

    // The sweep lets the lapsed learner go and leaves the rest as it was.
    await services.tool.sweeper.sweep();
    const after = await sessions.openWithSweepFacts(presenceCutoff(new Date()));
    expect(after.find((f) => f.session.id === live.sessionId)).toMatchObject({ stale: false, hostPresent: true, session: { state: { status: 'live' } } });
    expect(after.find((f) => f.session.id === waiting.sessionId)?.session.state.status).toBe('waiting');
  });

  it("costs the same statements at rest whether one or many of an account's sessions are open", async () => {
    const { sweeper } = services.tool;
    const first = await openRoom(true);
    await sweeper.sweep();
    const before = await statementsOf(() => sweeper.sweep());
    for (let i = 0; i < 4; i++) await openRoom(true, first.accountId);
    await sweeper.sweep();
    expect(await statementsOf(() => sweeper.sweep())).toBe(before);
  });
});
