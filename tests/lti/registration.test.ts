import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startDevLms } from '@lti-rooms/dev-lms';
import { runPlatformsCommand } from '@lti-rooms/server-app';
import { beginLogin, BrowserClient, completeLogin, launchErrorOf, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';

const run = promisify(execFile);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('Dynamic Registration from the dev LMS', () => {
  let fx: ToolFixture;
  beforeAll(async () => {
    fx = await startToolWithLms({ activate: false });
  });
  afterAll(async () => fx?.close());

  it('stores the platform inactive, with the deployment id from the registration response', async () => {
    const registration = fx.lms.registration()!;
    expect(fx.account).toMatchObject({
      issuer: fx.lms.issuer,
      clientId: registration.clientId,
      deploymentIds: [registration.deploymentId],
      active: false,
      registrationMethod: 'dynamic',
      jwksUri: `${fx.lms.url}/jwks`,
    });
  });

  it('publishes the tool keyset the platform verifies service requests with', async () => {
    const keys = (await (await fetch(`${fx.toolUrl}/lti/keys`)).json()) as { keys: Array<{ kid: string; kty: string }> };
    expect(keys.keys).toEqual(expect.arrayContaining([expect.objectContaining({ kid: fx.account.ltiPlatformKid, kty: 'RSA' })]));
  });

  it('refuses launches until an administrator activates the platform', async () => {
    const browser = new BrowserClient();
    const refused = await completeLogin(browser, await beginLogin(browser, fx.lms, 'instructor'));
    expect(refused.status).toBe(403);
    expect(launchErrorOf(refused.body).code).toBe('PLATFORM_INACTIVE');
    await fx.tool.registration.setActive(fx.account, true);
    const accepted = await new BrowserClient().request(fx.lms.loginInitiationUrl('instructor'));
    expect(accepted.status).toBe(302);
  });

  it('refuses to register a known issuer and client id again, adding no deployment', async () => {
    const before = await fx.countRows('accounts');
    const known = (await fx.tool.accounts.findById(fx.account.id))!;
    for (const method of ['dynamic', 'manual'] as const) {
      await expect(fx.tool.registration.register({ ...fx.account, deploymentIds: ['second-deployment'] }, method, true)).rejects.toMatchObject({ code: 'ALREADY_REGISTERED' });
    }
    expect(await fx.countRows('accounts')).toBe(before);
    expect(await fx.tool.accounts.findById(fx.account.id)).toEqual(known);
  });

  it('answers a registration start without openid_configuration with 400', async () => {
    expect((await fetch(`${fx.toolUrl}/lti/register`)).status).toBe(400);
  });

  it('answers an openid_configuration that is no web address with 400, contacting nothing', async () => {
    for (const junk of ['\u2028', ' *+j-/SHBj', 'ftp://lms.example/config', 'file:///etc/passwd']) {
      const answer = await fetch(`${fx.toolUrl}/lti/register?${new URLSearchParams({ openid_configuration: junk })}`);
      expect([junk, answer.status]).toEqual([junk, 400]);
      expect(await answer.text()).toContain('not an http(s) address');
    }
  });
});

describe('auto-activation', () => {
  it('registers active when LTI_AUTO_ACTIVATE=true', async () => {
    const fx = await startToolWithLms({ activate: false, env: { LTI_AUTO_ACTIVATE: 'true' } });
    try {
      expect(fx.account.active).toBe(true);
    } finally {
      await fx.close();
    }
  });
});

describe('npm run platforms', () => {
  let fx: ToolFixture;
  beforeAll(async () => {
    fx = await startToolWithLms();
  });
  afterAll(async () => fx?.close());

  const env = () => ({ DATA_DIR: fx.database.dataDir, DATABASE_URL: fx.database.databaseUrl, LOG_LEVEL: 'silent' });
  /** The command as `npm run platforms` runs it, in this process (a child process per call is slow on a busy machine). */
  const platforms = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runPlatformsCommand(args, { env: env(), out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return { code, out: lines.join('\n') };
  };

  it('runs as `npm run platforms` from the shell', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'platforms', '--', 'list'], { env: { ...process.env, ...env(), DATABASE_URL: env().DATABASE_URL ?? '' } });
    expect(stdout).toContain(fx.account.id);
  }, 120_000);

  it('adds, lists, activates, deactivates and removes a platform by hand', async () => {
    const lms = await startDevLms({ port: 0, toolUrl: fx.toolUrl, logger: quiet });
    try {
      const added = await platforms('add', '--issuer', lms.issuer, '--client-id', 'manual-client', '--name', 'Manual Moodle',
        '--auth-endpoint', `${lms.url}/auth`, '--token-endpoint', `${lms.url}/token`, '--jwks-uri', `${lms.url}/jwks`, '--deployment-id', 'dep-1');
      expect(added.code).toBe(0);
      expect(added.out).toContain('inactive');
      const account = (await fx.tool.accounts.findByIssuerAndClient(lms.issuer, 'manual-client'))!;
      expect(account).toMatchObject({ registrationMethod: 'manual', deploymentIds: ['dep-1'], active: false });

      const listed = await platforms('list');
      expect(listed.out).toContain(account.id);
      expect(listed.out).toContain('Manual Moodle');

      expect((await platforms('activate', account.id)).out).toContain('ACTIVE');
      expect((await fx.tool.accounts.findById(account.id))!.active).toBe(true);
      expect((await platforms('deactivate', account.id)).out).toContain('inactive');
      expect((await fx.tool.accounts.findById(account.id))!.active).toBe(false);

      expect((await platforms('remove', account.id)).code).toBe(0);
      expect(await fx.tool.accounts.findById(account.id)).toBeNull();
    } finally {
      await lms.close();
    }
  });

  it('names the missing option and writes nothing', async () => {
    const before = await fx.countRows('accounts');
    const result = await platforms('add', '--issuer', 'https://lms.example', '--client-id', 'x');
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/--deployment-id is required|--auth-endpoint is required/);
    expect(await fx.countRows('accounts')).toBe(before);
  });

  it('rejects an unknown command with the usage', async () => {
    const result = await platforms('frobnicate');
    expect(result.code).toBe(2);
    expect(result.out).toContain('Usage');
  });
});
