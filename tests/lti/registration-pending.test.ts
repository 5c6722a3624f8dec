import type { Account } from '@lti-rooms/server-app';
import { fakePlatform, platformConfiguration, RecordingServer, startRecordingServer, startToolWithLms, TestClock, ToolFixture } from '@lti-rooms/test-support';

/**
 * Registrations that wait for approval cost a key pair and rows each: they expire after
 * seven days unapproved (removed by a sweep that every server process may run at once)
 * and at most 5 per issuer and 50 in all may wait.
 */
const DAY_MS = 24 * 3600_000;
const TOO_MANY = 'Too many registrations are waiting for approval.';

let fx: ToolFixture;
let newcomer: RecordingServer;
const clock = new TestClock();

beforeAll(async () => {
  newcomer = await startRecordingServer(fakePlatform({ configuration: (base) => platformConfiguration(base), clientId: () => 'newcomer-client' }));
  fx = await startToolWithLms({ clock: clock.now, allowedHosts: [`localhost:${newcomer.port}`] });
});
afterAll(async () => {
  await fx?.close();
  await newcomer?.close();
});

/** The dev LMS registers again: a new client id of a known issuer, so a pending account. */
async function registerAgain(): Promise<Account> {
  const registration = await fx.lms.register();
  return (await fx.tool.accounts.findByIssuerAndClient(fx.lms.issuer, registration.clientId))!;
}
const publishedKids = async () => ((await (await fetch(`${fx.toolUrl}/lti/keys`)).json()) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
const sweep = () => fx.tool.registration.removeExpiredPending();

describe('pending registrations expire', () => {
  let expiring: Account;
  let approved: Account;

  beforeAll(async () => {
    expiring = await registerAgain();
    approved = await registerAgain();
    await fx.tool.registration.setActive(approved, true); // the operator approves this one
  });

  it('stay while the week is not over', async () => {
    clock.advance(7 * DAY_MS - 60_000);
    expect(await sweep()).toEqual([]);
    expect(await fx.tool.accounts.findById(expiring.id)).not.toBeNull();
  });

  it('are removed with their keys after seven days unapproved, once, however many processes sweep', async () => {
    expect(await publishedKids()).toContain(expiring.ltiPlatformKid);
    clock.advance(2 * 60_000);
    const [first, second] = await Promise.all([sweep(), sweep()]);
    expect([...first, ...second].map((a) => a.id)).toEqual([expiring.id]);
    expect(await fx.tool.accounts.findById(expiring.id)).toBeNull();
    expect(await fx.tool.ltijs.getPlatform(expiring.issuer, expiring.clientId)).toBe(false);
    expect(await publishedKids()).not.toContain(expiring.ltiPlatformKid);
    const [row] = await fx.tool.db.select<{ n: number | string }>('SELECT COUNT(*) AS n FROM deployments WHERE account_id = :id', { id: expiring.id });
    expect(Number(row.n)).toBe(0);
  });

  it('never touch an approved registration or the first account', async () => {
    expect(await fx.tool.accounts.findById(approved.id)).toMatchObject({ active: true, pendingSince: null });
    expect(await fx.tool.accounts.findById(fx.account.id)).toMatchObject({ active: true });
    expect(await publishedKids()).toEqual(expect.arrayContaining([approved.ltiPlatformKid, fx.account.ltiPlatformKid]));
  });
});

describe('pending registrations are capped', () => {
  it('at 5 per issuer: the sixth is refused with the generic page and writes nothing', async () => {
    while ((await fx.tool.accounts.countPending(fx.lms.issuer)) < 5) await registerAgain();
    const before = { accounts: await fx.countRows('accounts'), platforms: await fx.countRows('platforms') };
    await expect(fx.lms.register()).rejects.toThrow(/429/);
    expect({ accounts: await fx.countRows('accounts'), platforms: await fx.countRows('platforms') }).toEqual(before);
  });

  it('at 50 in all: a new LMS is refused too while 50 wait', async () => {
    const missing = 50 - (await fx.tool.accounts.countPending());
    for (let i = 0; i < missing; i++) {
      await fx.tool.accounts.create({
        issuer: `https://lms-${i}.example.edu`, clientId: 'c', name: 'waiting', active: false, registrationMethod: 'dynamic',
        authEndpoint: 'https://x/auth', tokenEndpoint: 'https://x/token', jwksUri: 'https://x/jwks', ltiPlatformKid: `kid-${i}`, deploymentIds: [],
        pendingSince: clock.now(),
      });
    }
    const before = await fx.countRows('accounts');
    const url = `http://localhost:${newcomer.port}/.well-known/openid-configuration`;
    const answer = await fetch(`${fx.toolUrl}/lti/register?${new URLSearchParams({ openid_configuration: url })}`);
    expect(answer.status).toBe(429);
    expect(await answer.text()).toContain(TOO_MANY);
    expect(newcomer.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(await fx.countRows('accounts')).toBe(before);
  });
});
