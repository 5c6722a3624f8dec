import { LikeRepository, RoomRepository } from '@lti-rooms/server-persistence';
import { buildAccount, buildLaunch, buildRoom, buildSession } from '@lti-rooms/server-persistence/testing';
import { startToolServices, ToolServices } from '@lti-rooms/test-support';

/** Deleted rooms go for good once their 30 days to restore have passed, whatever hangs on them; younger ones stay restorable. */
let services: ToolServices;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  services = await startToolServices();
});
afterAll(async () => services?.close());

const count = async (sql: string, roomId: string) => Number((await services.tool.db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM ${sql}`, { roomId }))[0].n);

describe(`purging deleted rooms on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('purges rooms deleted 31 days ago with their sessions, likes and publications; keeps yesterday\'s, restorable', async () => {
    const { db } = services.tool;
    const account = await buildAccount(db);
    const teacher = await buildLaunch(db, { accountId: account.id, channelRole: 'manager' });
    const rooms = new RoomRepository(db);
    const old = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [teacher.channelId!], name: 'Last term' });
    const recent = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [teacher.channelId!], name: 'Last week' });
    const kept = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, name: 'Still in use' });
    const ended = new Date(Date.now() - 40 * DAY);
    await buildSession(db, { accountId: account.id, roomId: old.id, state: { status: 'ended', openedAt: ended, startedAt: ended, endedAt: ended, endReason: 'host-ended' } }, ended);
    await new LikeRepository(db).set(account.id, old.id, teacher.userId, true);
    await rooms.setDeleted(account.id, old.id, new Date(Date.now() - 31 * DAY));
    await rooms.setDeleted(account.id, recent.id, new Date(Date.now() - DAY));

    // Two processes sweeping at once: both finish, the room goes once.
    const [first, second] = await Promise.all([services.tool.purgeDeletedRooms(), services.tool.purgeDeletedRooms()]);
    expect(first + second).toBe(1);

    expect(await rooms.find(account.id, old.id)).toBeNull();
    for (const table of ['meeting_sessions', 'room_likes', 'room_channels']) expect(await count(`${table} WHERE room_id = :roomId`, old.id)).toBe(0);
    expect((await rooms.find(account.id, recent.id))?.deletedAt).not.toBeNull();
    expect(await rooms.find(account.id, kept.id)).not.toBeNull();
    const viewer = { accountId: account.id, userId: teacher.userId, channelId: teacher.channelId };
    expect((await services.tool.rooms.restore(viewer, recent.id, 'Ada Instructor')).deletedAt).toBeNull();
    expect(await services.tool.purgeDeletedRooms()).toBe(0);
  });
});
