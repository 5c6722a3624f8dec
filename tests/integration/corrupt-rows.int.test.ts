import { CorruptRowError, MeetingSessionRepository, RoomRepository } from '@lti-rooms/server-persistence';
import { buildAccount, buildLaunch, buildRoom, buildSession } from '@lti-rooms/server-persistence/testing';
import { startToolServices, ToolServices } from '@lti-rooms/test-support';

/** A stored value that is not what its column promises fails loudly, naming the row; it is never read as a default. */
let services: ToolServices;

beforeAll(async () => {
  services = await startToolServices();
});
afterAll(async () => services?.close());

describe(`corrupt rows on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it.each([
    ['unreadable chat JSON', 'chat', '{"groupChat": tru'],
    ['chat of the wrong shape', 'chat', '{"groupChat": "yes"}'],
    ['tags that are not a list of strings', 'tags', '{"week": 1}'],
  ])('a room with %s is refused, not read as "everything on"', async (_label, column, stored) => {
    const { db } = services.tool;
    const account = await buildAccount(db);
    const teacher = await buildLaunch(db, { accountId: account.id, channelRole: 'manager' });
    const room = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, chat: { groupChat: false, privateChat: false, polls: false, reactions: false } });
    const rooms = new RoomRepository(db);
    expect((await rooms.find(account.id, room.id))?.chat.groupChat).toBe(false);

    await db.execute(`UPDATE rooms SET ${column} = :stored WHERE id = :id`, { stored, id: room.id });
    const read = rooms.find(account.id, room.id);
    await expect(read).rejects.toBeInstanceOf(CorruptRowError);
    await expect(rooms.find(account.id, room.id)).rejects.toThrow(`rooms.${column} of ${room.id}`);
  });

  it("a session's corrupt chat snapshot is refused too", async () => {
    const { db } = services.tool;
    const account = await buildAccount(db);
    const teacher = await buildLaunch(db, { accountId: account.id, channelRole: 'manager' });
    const room = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId });
    const session = await buildSession(db, { accountId: account.id, roomId: room.id });
    await db.execute('UPDATE meeting_sessions SET chat = :stored WHERE id = :id', { stored: 'null', id: session.id });
    await expect(new MeetingSessionRepository(db).find(account.id, session.id)).rejects.toBeInstanceOf(CorruptRowError);
  });
});
