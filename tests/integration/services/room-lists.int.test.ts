import { CollaboratorRepository, RoomRepository } from '@lti-rooms/server-persistence';
import { buildAccount, buildLaunch, buildRoom, buildSession } from '@lti-rooms/server-persistence/testing';
import { startToolServices, ToolServices } from '@lti-rooms/test-support';

/**
 * The channel page and My Rooms, asked of the room service directly: rows built with the
 * factories, no LTI launch (the launch is not the subject here).
 */
let services: ToolServices;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  services = await startToolServices();
});
afterAll(async () => services?.close());

async function course() {
  const { db } = services.tool;
  const account = await buildAccount(db);
  const contextId = `course-${account.id.slice(0, 6)}`;
  const teacher = await buildLaunch(db, { accountId: account.id, contextId, channelRole: 'manager', name: 'Teacher' });
  const student = await buildLaunch(db, { accountId: account.id, contextId, channelRole: 'participant', name: 'Student' });
  const other = await buildLaunch(db, { accountId: account.id, contextId: `${contextId}-other`, channelRole: 'manager', name: 'Other teacher' });
  const viewer = (launch: typeof teacher) => ({ accountId: account.id, userId: launch.userId, channelId: launch.channelId });
  return { db, account, teacher, student, other, viewer, channelId: teacher.channelId! };
}

describe(`room lists on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('a course lists the rooms published in it, soonest first, to its members only', async () => {
    const { db, account, teacher, student, other, viewer, channelId } = await course();
    const base = { accountId: account.id, ownerId: teacher.userId, publishedIn: [channelId] };
    const later = await buildRoom(db, { ...base, name: 'Next week', availability: { kind: 'scheduled', start: new Date(Date.now() + 7 * DAY), end: new Date(Date.now() + 7 * DAY + 3600_000) } });
    const soon = await buildRoom(db, { ...base, name: 'Tomorrow', availability: { kind: 'scheduled', start: new Date(Date.now() + DAY), end: new Date(Date.now() + DAY + 3600_000) } });
    await buildRoom(db, { accountId: account.id, ownerId: other.userId, publishedIn: [other.channelId!], name: 'Another course' });
    const deleted = await buildRoom(db, { ...base, name: 'Deleted' });
    await new RoomRepository(db).setDeleted(account.id, deleted.id, new Date());

    const listed = await services.tool.rooms.listChannel(viewer(student), channelId);
    expect(listed.map((r) => r.id)).toEqual([soon.id, later.id]);
    expect(listed.map((r) => r.status.kind)).toEqual(['scheduled', 'scheduled']);
    await expect(services.tool.rooms.listChannel(viewer(other), channelId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a live session with nobody present is not shown as live: the room shows its own status (people present: tests/lti/meetings-entry)', async () => {
    const { db, account, teacher, student, viewer, channelId } = await course();
    const room = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [channelId], name: 'Live lecture' });
    const now = new Date();
    await buildSession(db, { accountId: account.id, roomId: room.id, state: { status: 'live', openedAt: now, startedAt: now, startedBy: 'host' } }, now);

    const [listed] = await services.tool.rooms.listChannel(viewer(student), channelId);
    expect(listed).toMatchObject({ id: room.id, status: { kind: 'always-open' } });
  });

  it('My Rooms holds what the user owns or co-edits, with their deleted rooms still restorable, never another account\'s', async () => {
    const { db, account, teacher, other, viewer, channelId } = await course();
    const own = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [channelId], name: 'Own' });
    const deleted = await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, name: 'Deleted yesterday' });
    await new RoomRepository(db).setDeleted(account.id, deleted.id, new Date(Date.now() - DAY));
    const othersRoom = await buildRoom(db, { accountId: account.id, ownerId: other.userId, name: 'Not mine' });
    const coEdited = await buildRoom(db, { accountId: account.id, ownerId: other.userId, name: 'Co-edited' });
    await new CollaboratorRepository(db).add(account.id, coEdited.id, teacher.userId, 'co-editor');
    const elsewhere = await buildAccount(db);
    const foreignUser = await buildLaunch(db, { accountId: elsewhere.id, channelRole: 'manager' });
    await buildRoom(db, { accountId: elsewhere.id, ownerId: foreignUser.userId, name: 'Foreign' });

    const mine = await services.tool.rooms.listMine(viewer(teacher));
    expect(new Set(mine.map((r) => r.id))).toEqual(new Set([own.id, deleted.id, coEdited.id]));
    expect(mine.find((r) => r.id === deleted.id)!.status.kind).toBe('deleted');
    expect(mine.some((r) => r.id === othersRoom.id)).toBe(false);
  });
});
