import type { Account } from '@lti-rooms/server-app';
import { runPlatformsCommand } from '@lti-rooms/server-app';
import {
  beginLogin, BrowserClient, completeLogin, fakePlatform, launch, launchErrorOf, platformConfiguration, RecordingServer, startRecordingServer,
  startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * The first activation of a registration made by Dynamic Registration (LTI_AUTO_ACTIVATE
 * off): the registration window says what happens next, an LMS administrator's launch is
 * told which registration to activate (a student's is not), and the operator activates it
 * from the command line or the operator page; the next launch succeeds.
 */
const OPERATOR_SECRET = 'operator-secret-for-tests-0123456789';
const OPERATOR_LIMIT = 40;

let fx: ToolFixture;
let newcomer: RecordingServer;
const logLines: string[] = [];

beforeAll(async () => {
  newcomer = await startRecordingServer(fakePlatform({ configuration: (base) => platformConfiguration(base), clientId: () => 'newcomer-client', deploymentId: 'newcomer-deployment' }));
  fx = await startToolWithLms({
    activate: false, logLines, allowedHosts: [`localhost:${newcomer.port}`],
    env: { OPERATOR_SECRET, RATE_LIMIT_OPERATOR_PER_IP: String(OPERATOR_LIMIT) },
  });
});
afterAll(async () => {
  await fx?.close();
  await newcomer?.close();
});

const writtenRows = async () => Object.fromEntries(await Promise.all(
  ['launches', 'users', 'lti_nonces', 'memberships', 'channels'].map(async (table) => [table, await fx.countRows(table)] as const),
));
/** A launch as far as the tool's answer to the id_token (the LMS's login and authorization steps included). */
async function launchAnswer(userId: string) {
  const browser = new BrowserClient();
  return completeLogin(browser, await beginLogin(browser, fx.lms, userId));
}
const operator = (method: 'GET' | 'POST', path: string, secret: string | null = OPERATOR_SECRET, toolUrl = fx.toolUrl) =>
  fetch(`${toolUrl}/api/operator${path}`, { method, headers: { accept: 'application/json', ...(secret === null ? {} : { authorization: `Bearer ${secret}` }) } });

describe('the registration window', () => {
  it('of a pending registration names the id and what happens next, and closes only when the administrator clicks Close', async () => {
    const url = `http://localhost:${newcomer.port}/.well-known/openid-configuration`;
    const answer = await fetch(`${fx.toolUrl}/lti/register?${new URLSearchParams({ openid_configuration: url })}`);
    const body = await answer.text();
    expect(answer.status).toBe(200);
    const account = (await fx.tool.accounts.findByIssuerAndClient(`http://localhost:${newcomer.port}`, 'newcomer-client'))!;
    expect(account).toMatchObject({ active: false, deploymentIds: ['newcomer-deployment'] });
    expect(body).toContain('not active yet');
    expect(body).toContain(`activate registration ${account.id}`);
    expect(body).toContain(`npm run platforms -- activate ${account.id}`);
    expect(body).toContain('launch of LTI Rooms from this LMS is refused');
    expect(body).toMatch(/<button type="button" id="close-window">Close<\/button>/);
    expect(body).not.toContain('data-auto-close-ms');
    // The close message is posted from the button's handler only, by the response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(answer.headers.get('content-security-policy')!)![1];
    expect(body.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
    expect(body).toContain("button.addEventListener('click', close)");
  });
});

describe("an inactive registration's first launch", () => {
  it('goes through login to a verified id_token; an LMS administrator is shown the registration to activate, nothing is written', async () => {
    const registration = fx.lms.registration()!;
    const before = await writtenRows();
    const answer = await launchAnswer('admin');
    expect(answer.status).toBe(403);
    const error = launchErrorOf(answer.body);
    expect(error.code).toBe('PLATFORM_INACTIVE');
    expect(error.registration).toEqual({
      id: fx.account.id, platformName: fx.account.name, issuer: fx.lms.issuer, clientId: registration.clientId,
      deploymentId: registration.deploymentId, deploymentIds: [registration.deploymentId], registeredAt: fx.account.createdAt.toISOString(), pending: true,
    });
    expect(await writtenRows()).toEqual(before);
  });

  it('names issuer, client id and deployment in the refusal log line', () => {
    const refusals = logLines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'LTI launch refused' && entry.outcome === 'PLATFORM_INACTIVE');
    expect(refusals.at(-1)).toMatchObject({ issuer: fx.lms.issuer, clientId: fx.account.clientId, deploymentId: fx.lms.registration()!.deploymentId });
  });

  it("tells a student nothing of the registration: no id, no client id; nothing is written", async () => {
    const before = await writtenRows();
    const answer = await launchAnswer('student01');
    expect(answer.status).toBe(403);
    const error = launchErrorOf(answer.body);
    expect(error.code).toBe('PLATFORM_INACTIVE');
    expect(error.registration).toBeUndefined();
    expect(answer.body).not.toContain(fx.account.id);
    expect(answer.body).not.toContain(fx.account.clientId);
    expect(await writtenRows()).toEqual(before);
  });

  it('still refuses an unknown platform at login', async () => {
    const url = new URL(fx.lms.loginInitiationUrl('admin'));
    url.searchParams.set('iss', 'https://unknown-lms.example');
    url.searchParams.delete('client_id');
    const answer = await new BrowserClient().request(url.toString());
    expect(answer.status).toBe(403);
    expect(launchErrorOf(answer.body).code).toBe('UNKNOWN_PLATFORM');
  });
});

describe('the operator page (OPERATOR_SECRET)', () => {
  it('refuses a missing or wrong secret, and the LMS administrator\'s own launch token, with 401', async () => {
    for (const secret of [null, 'wrong', `${OPERATOR_SECRET}x`, OPERATOR_SECRET.slice(0, -1)]) {
      const answer = await operator('GET', '/registrations', secret);
      expect([secret, answer.status]).toEqual([secret, 401]);
      expect((await answer.json()).error).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'OPERATOR_SECRET_WRONG' });
    }
    const activation = await operator('POST', `/registrations/${fx.account.id}/activate`, 'wrong');
    expect(activation.status).toBe(401);
    expect((await fx.tool.accounts.findById(fx.account.id))!.active).toBe(false);
  });

  it('lists the inactive registrations with the right secret', async () => {
    const answer = await operator('GET', '/registrations');
    expect(answer.status).toBe(200);
    const { registrations } = await answer.json();
    expect(registrations).toEqual(expect.arrayContaining([{
      id: fx.account.id, name: fx.account.name, issuer: fx.lms.issuer, clientId: fx.account.clientId, deploymentIds: fx.account.deploymentIds,
      registrationMethod: 'dynamic', registeredAt: fx.account.createdAt.toISOString(), pendingSince: fx.account.pendingSince!.toISOString(),
    }]));
  });

  it('activates one (audited in its log); the next launch succeeds', async () => {
    expect((await operator('POST', '/registrations/no-such-registration/activate')).status).toBe(404);
    const answer = await operator('POST', `/registrations/${fx.account.id}/activate`);
    expect(answer.status).toBe(200);
    expect((await answer.json()).registrations.map((r: Account) => r.id)).not.toContain(fx.account.id);
    expect(await fx.tool.accounts.findById(fx.account.id)).toMatchObject({ active: true, pendingSince: null });
    const audit = await fx.tool.db.select<{ action: string; actor_name: string; actor_id: string | null; target: string }>(
      'SELECT action, actor_name, actor_id, target FROM audit_log WHERE account_id = :id', { id: fx.account.id },
    );
    expect(audit).toEqual([{ action: 'platform.activate', actor_name: 'Operator (operator page)', actor_id: null, target: fx.account.id }]);

    const admin = await launch(fx.toolUrl, fx.lms, 'admin');
    expect(admin.landingPath).toMatch(/^\/(channels|my-rooms)/);
    // An active platform's launch token is no operator secret either.
    expect((await operator('GET', '/registrations', admin.ltik)).status).toBe(401);
  });
});

describe('npm run platforms -- activate', () => {
  it('activates a pending registration in the real database; the next launch succeeds', async () => {
    // The dev LMS registers again (a new client id of its issuer) and launches through the new registration.
    const second = (await fx.tool.accounts.findByIssuerAndClient(fx.lms.issuer, (await fx.lms.register()).clientId))!;
    expect(second).toMatchObject({ active: false });
    const refused = launchErrorOf((await launchAnswer('admin')).body);
    expect(refused.registration).toMatchObject({ id: second.id, clientId: second.clientId });

    const lines: string[] = [];
    const env = { DATA_DIR: fx.database.dataDir, DATABASE_URL: fx.database.databaseUrl, LOG_LEVEL: 'silent' };
    const code = await runPlatformsCommand(['activate', refused.registration!.id], { env, out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect([code, lines.join('\n')]).toEqual([0, expect.stringContaining(`${second.id}  ACTIVE`)]);

    const launched = await launch(fx.toolUrl, fx.lms, 'admin');
    expect(launched.ltik).toBeTruthy();
    const [row] = await fx.tool.db.select<{ account_id: string }>('SELECT account_id FROM launches ORDER BY created_at DESC LIMIT 1');
    expect(row.account_id).toBe(second.id);
  });
});

describe('the operator API under attack', () => {
  it('is limited per client address: guessing stops with 429, and then the right secret waits too', async () => {
    let answer = await operator('GET', '/registrations', 'guess');
    for (let i = 0; i < OPERATOR_LIMIT && answer.status === 401; i++) answer = await operator('GET', '/registrations', `guess-${i}`);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await operator('GET', '/registrations')).status).toBe(429);
  });
});

describe('without OPERATOR_SECRET', () => {
  let auto: ToolFixture;
  let other: RecordingServer;
  beforeAll(async () => {
    other = await startRecordingServer(fakePlatform({ configuration: (base) => platformConfiguration(base), clientId: () => 'auto-client' }));
    auto = await startToolWithLms({ env: { LTI_AUTO_ACTIVATE: 'true' }, allowedHosts: [`localhost:${other.port}`] });
  });
  afterAll(async () => {
    await auto?.close();
    await other?.close();
  });

  it('the operator API is disabled: 404 with the reason, for any secret', async () => {
    for (const secret of [null, OPERATOR_SECRET]) {
      const answer = await operator('GET', '/registrations', secret, auto.toolUrl);
      expect(answer.status).toBe(404);
      expect((await answer.json()).error).toMatchObject({ code: 'NOT_FOUND', reason: 'OPERATOR_PAGE_DISABLED' });
    }
    expect((await operator('POST', `/registrations/${auto.account.id}/activate`, OPERATOR_SECRET, auto.toolUrl)).status).toBe(404);
  });

  it('an auto-activated registration says it is active and closes its window by itself after a moment', async () => {
    const url = `http://localhost:${other.port}/.well-known/openid-configuration`;
    const body = await (await fetch(`${auto.toolUrl}/lti/register?${new URLSearchParams({ openid_configuration: url })}`)).text();
    expect((await auto.tool.accounts.findByIssuerAndClient(`http://localhost:${other.port}`, 'auto-client'))!.active).toBe(true);
    expect(body).toContain('It is active and ready to use.');
    expect(body).toMatch(/<button type="button" id="close-window" data-auto-close-ms="\d+">Close<\/button>/);
  });
});
