import { buildAccount, buildLaunch, buildRoom } from '@lti-rooms/server-persistence/testing';
import { startToolServices, ToolServices } from '@lti-rooms/test-support';

/** The channel page and My Rooms cost the same number of SQL statements for 3 rooms as for 30. */
let services: ToolServices;
let statements = 0;

beforeAll(async () => {
  services = await startToolServices();
  const { sequelize } = services.tool.db;
  const query = sequelize.query.bind(sequelize);
  sequelize.query = ((...args: Parameters<typeof query>) => {
    statements += 1;
    return query(...args);
  }) as typeof sequelize.query;
});
afterAll(async () => services?.close());

async function courseWith(rooms: number) {
  const { db } = services.tool;
  const account = await buildAccount(db);
  const teacher = await buildLaunch(db, { accountId: account.id, channelRole: 'manager' });
  const student = await buildLaunch(db, { accountId: account.id, channelRole: 'participant' });
  for (let i = 0; i < rooms; i++) await buildRoom(db, { accountId: account.id, ownerId: teacher.userId, publishedIn: [teacher.channelId!], name: `Room ${i}` });
  const viewer = (launch: typeof teacher) => ({ accountId: account.id, userId: launch.userId, channelId: launch.channelId });
  return { channelId: teacher.channelId!, teacher: viewer(teacher), student: viewer(student) };
}

async function statementsFor(work: () => Promise<unknown[]>, expectedLength: number): Promise<number> {
  const before = statements;
  expect(await work()).toHaveLength(expectedLength);
  return statements - before;
}

describe(`room list queries on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('do not grow with the number of rooms', async () => {
    const small = await courseWith(3);
    const large = await courseWith(30);
    const { rooms } = services.tool;
    for (const who of ['teacher', 'student'] as const) {
      expect(await statementsFor(() => rooms.listChannel(large[who], large.channelId), 30)).toBe(await statementsFor(() => rooms.listChannel(small[who], small.channelId), 3));
    }
    expect(await statementsFor(() => rooms.listMine(large.teacher), 30)).toBe(await statementsFor(() => rooms.listMine(small.teacher), 3));
  });
});
