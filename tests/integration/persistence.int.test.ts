import { createTestDatabase, TestDatabase } from '@lti-rooms/test-support';
import { AccountRepository, createDatabase, Database, LaunchRepository, MIGRATIONS, migrateDatabase } from '@lti-rooms/server-persistence';

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = createDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir });
  await migrateDatabase(db, testDb.databaseUrl);
});
afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const platform = (issuer: string) => ({
  issuer, clientId: 'client', name: issuer, active: true, registrationMethod: 'manual' as const,
  authEndpoint: `${issuer}/auth`, tokenEndpoint: `${issuer}/token`, jwksUri: `${issuer}/jwks`, ltiPlatformKid: 'kid', deploymentIds: ['1'],
});

describe(`persistence on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('migrates again without changes, also from several processes at once', async () => {
    const others = [1, 2, 3].map(() => createDatabase({ databaseUrl: testDb.databaseUrl, dataDir: testDb.dataDir }));
    try {
      await Promise.all(others.map((other) => migrateDatabase(other, testDb.databaseUrl)));
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
    const [row] = await db.select<{ n: number }>('SELECT COUNT(*) AS n FROM app_migrations');
    expect(Number(row.n)).toBe(MIGRATIONS.length);
  });

  it('never shows a launch to another account', async () => {
    const accounts = new AccountRepository(db);
    const a = await accounts.create(platform('https://a.example'));
    const b = await accounts.create(platform('https://b.example'));
    const launches = new LaunchRepository(db);
    const recorded = await db.transaction((t) =>
      launches.record({
        accountId: a.id,
        user: { sub: 'u1', name: 'User One', givenName: null, familyName: null, email: null, picture: null, locale: null },
        channel: { contextId: 'c1', title: 'Course', label: null, nrpsUrl: null },
        ltiRoles: [], channelRole: 'participant', isObserver: false, messageType: 'LtiResourceLinkRequest',
        deploymentId: '1', resourceLinkId: 'r1', targetLinkUri: null, custom: {}, returnUrl: null, deepLinking: null, ags: null,
      }, t),
    );
    expect(await launches.findContext(a.id, recorded.launchId)).toMatchObject({ userName: 'User One', channelTitle: 'Course' });
    expect(await launches.findContext(b.id, recorded.launchId)).toBeNull();
  });

  it('rolls a failed transaction back completely', async () => {
    const accounts = new AccountRepository(db);
    const before = (await accounts.list()).length;
    await expect(
      db.transaction(async (t) => {
        await accounts.create(platform('https://rolled-back.example'), t);
        throw new Error('fails half-way');
      }),
    ).rejects.toThrow('fails half-way');
    expect((await accounts.list()).length).toBe(before);
  });
});
