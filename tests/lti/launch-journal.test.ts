import { RECENT_LAUNCHES_KEPT } from '@lti-rooms/domain';
import { LaunchLogRepository } from '@lti-rooms/server-persistence';
import { buildAccount } from '@lti-rooms/server-persistence/testing';
import { BrowserClient, beginLogin, launchStepOf, parseFormPost, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';

/**
 * Launches you can diagnose: one info line per launch and per refusal, the launch counter by
 * outcome and mechanism, and the account's recent launches for its administrators; never a
 * token in any of them.
 */
const METRICS_TOKEN = 'metrics-token-for-the-journal-test';
const logLines: string[] = [];
let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms({ logLines, env: { METRICS_TOKEN } });
});
afterAll(async () => fx?.close());

/** Every secret a launch carries, to look for where it must never be. */
const secrets: string[] = [];

const entries = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
const launchLines = () => entries().filter((entry) => entry.msg === 'LTI launch accepted' || entry.msg === 'LTI launch refused');

/** A cookie launch through the Dev LMS; the id_token may be altered before it is signed. */
async function cookieLaunch(userId: string, alter: (claims: Record<string, unknown>) => void = () => undefined) {
  const browser = new BrowserClient();
  const step = await beginLogin(browser, fx.lms, userId);
  const claims = fx.lms.buildIdTokenClaims(userId, step.nonce);
  alter(claims);
  const idToken = await fx.lms.signIdToken(claims);
  secrets.push(idToken, step.state, step.nonce);
  const result = await browser.request(`${fx.toolUrl}/lti/launch`, { form: { id_token: idToken, state: step.state } });
  const ltik = result.location ? new URLSearchParams(new URL(result.location).hash.slice(1)).get('ltik') : null;
  if (ltik) secrets.push(ltik);
  return { browser, result, ltik };
}

async function metricsText(): Promise<string> {
  return (await fetch(`${fx.toolUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
}

const counter = (text: string, outcome: string, mechanism: string) =>
  Number(new RegExp(`^lti_launches_total\\{outcome="${outcome}",mechanism="${mechanism}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);

describe('each launch is logged once, counted by outcome and mechanism', () => {
  it('an accepted cookie launch: one info line with account, issuer, client id, deployment, message type, role and mechanism', async () => {
    const before = launchLines().length;
    const metricsBefore = counter(await metricsText(), 'ok', 'cookie');
    const { result } = await cookieLaunch('student01');
    expect(result.status).toBe(302);
    const lines = launchLines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30, msg: 'LTI launch accepted', outcome: 'accepted', accountId: fx.account.id, issuer: fx.lms.issuer, clientId: fx.account.clientId,
      deploymentId: fx.lms.registration()!.deploymentId, messageType: 'LtiResourceLinkRequest', role: 'participant', mechanism: 'cookie',
    });
    expect(counter(await metricsText(), 'ok', 'cookie')).toBe(metricsBefore + 1);
  });

  it('a refused launch: one info line with its code and what was known of the platform', async () => {
    const before = launchLines().length;
    const metricsBefore = counter(await metricsText(), 'NONCE_MISMATCH', 'cookie');
    const { result } = await cookieLaunch('student02', (claims) => { claims.nonce = 'not-the-nonce-of-this-login'; });
    expect(result.status).toBe(401);
    const lines = launchLines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'LTI launch refused', outcome: 'NONCE_MISMATCH', accountId: fx.account.id, issuer: fx.lms.issuer, clientId: fx.account.clientId, mechanism: 'cookie' });
    expect(counter(await metricsText(), 'NONCE_MISMATCH', 'cookie')).toBe(metricsBefore + 1);
  });

  it('a launch proved by platform storage is counted under its mechanism', async () => {
    const browser = new BrowserClient();
    const login = launchStepOf((await browser.request(fx.lms.loginInitiationUrl('instructor', { platformStorage: true }))).body, 'login');
    const form = parseFormPost((await browser.request(login.authUrl)).body);
    secrets.push(form.fields.id_token, login.state, login.nonce);
    const before = launchLines().length;
    const answer = await new BrowserClient().request(`${fx.toolUrl}/lti/launch/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lti-rooms-launch-check': '1' },
      rawBody: JSON.stringify({ id_token: form.fields.id_token, state: login.state, mechanism: 'platform-storage', stored: { state: login.state, nonce: login.nonce } }),
    });
    expect(answer.status).toBe(200);
    secrets.push(new URLSearchParams(new URL((JSON.parse(answer.body) as { location: string }).location, fx.toolUrl).hash.slice(1)).get('ltik')!);
    expect(launchLines().slice(before)).toEqual([expect.objectContaining({ outcome: 'accepted', mechanism: 'platform-storage', role: 'manager' })]);
    expect(counter(await metricsText(), 'ok', 'platform-storage')).toBeGreaterThanOrEqual(1);
  });

  it('a login refused before any account is known is logged and counted, but not kept', async () => {
    const url = new URL(fx.lms.loginInitiationUrl('student03'));
    url.searchParams.set('iss', 'https://unknown-lms.example');
    const keptBefore = await fx.countRows('launch_log');
    const before = launchLines().length;
    expect((await new BrowserClient().request(url.toString())).status).toBe(403);
    expect(launchLines().slice(before)).toEqual([expect.objectContaining({ outcome: 'UNKNOWN_PLATFORM', issuer: 'https://unknown-lms.example', mechanism: 'none' })]);
    expect(counter(await metricsText(), 'UNKNOWN_PLATFORM', 'none')).toBeGreaterThanOrEqual(1);
    expect(await fx.countRows('launch_log')).toBe(keptBefore);
  });
});

describe('Administration → Recent launches', () => {
  const recent = async (ltik: string, browser: BrowserClient) =>
    browser.request(`${fx.toolUrl}/api/admin/launches`, { headers: { authorization: `Bearer ${ltik}`, accept: 'application/json' } });

  it('lists the account’s latest launches, newest first, refused ones with their code; students may not see it', async () => {
    await cookieLaunch('student04', (claims) => { claims.nonce = 'another-nonce-nobody-issued'; });
    const admin = await cookieLaunch('admin');
    const answer = await recent(admin.ltik!, admin.browser);
    expect(answer.status).toBe(200);
    const { launches } = JSON.parse(answer.body) as { launches: Record<string, unknown>[] };
    expect(launches[0]).toMatchObject({ outcome: 'accepted', mechanism: 'cookie', messageType: 'LtiResourceLinkRequest', channelRole: 'manager', userName: 'Grace Admin', deploymentId: fx.lms.registration()!.deploymentId });
    expect(launches[1]).toMatchObject({ outcome: 'NONCE_MISMATCH', mechanism: 'cookie', userName: null });
    expect(launches.some((launch) => launch.outcome === 'accepted' && launch.mechanism === 'platform-storage')).toBe(true);

    const student = await cookieLaunch('student05');
    expect((await recent(student.ltik!, student.browser)).status).toBe(403);
  });

  it(`keeps at most ${RECENT_LAUNCHES_KEPT} per account, and shows an account only its own`, async () => {
    const log = new LaunchLogRepository(fx.tool.db);
    const other = await buildAccount(fx.tool.db, { issuer: 'https://other-lms.example' });
    for (let i = 0; i < 5; i += 1) {
      await log.record(other.id, { outcome: 'accepted', mechanism: 'cookie', messageType: 'LtiResourceLinkRequest', channelRole: 'participant', userName: 'Someone Elsewhere', deploymentId: 'd' });
    }
    for (let i = 0; i < RECENT_LAUNCHES_KEPT + 20; i += 1) {
      await log.record(fx.account.id, { outcome: 'STATE_UNKNOWN', mechanism: 'cookie', messageType: null, channelRole: null, userName: null, deploymentId: null });
    }
    const [kept] = await fx.tool.db.select<{ n: number }>('SELECT COUNT(*) AS n FROM launch_log WHERE account_id = :id', { id: fx.account.id });
    expect(Number(kept.n)).toBe(RECENT_LAUNCHES_KEPT);
    const admin = await cookieLaunch('admin');
    const { launches } = JSON.parse((await recent(admin.ltik!, admin.browser)).body) as { launches: Record<string, unknown>[] };
    expect(launches).toHaveLength(RECENT_LAUNCHES_KEPT);
    expect(launches[0]).toMatchObject({ outcome: 'accepted', userName: 'Grace Admin' });
    expect(launches.some((launch) => launch.userName === 'Someone Elsewhere')).toBe(false);
  });
});

describe('no token in the log, the metrics or the recent launches', () => {
  it('holds none of the id_tokens, states, nonces and launch tokens of this file’s launches', async () => {
    const admin = await cookieLaunch('admin');
    const places = { log: logLines.join('\n'), metrics: await metricsText(), recentLaunches: (await admin.browser.request(`${fx.toolUrl}/api/admin/launches`, { headers: { authorization: `Bearer ${admin.ltik}` } })).body };
    expect(secrets.length).toBeGreaterThan(20);
    for (const [place, text] of Object.entries(places)) {
      const found = secrets.filter((secret) => secret.length >= 16 && text.includes(secret));
      expect({ place, found }).toEqual({ place, found: [] });
    }
  });
});
