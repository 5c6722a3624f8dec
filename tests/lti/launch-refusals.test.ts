import { BrowserClient, beginLogin, completeLogin, launchErrorOf, launchStepOf, parseFormPost, launchWrites, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';

let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms();
});
afterAll(async () => fx?.close());

const DEPLOYMENT = 'https://purl.imsglobal.org/spec/lti/claim/deployment_id';
const VERSION = 'https://purl.imsglobal.org/spec/lti/claim/version';
const MESSAGE_TYPE = 'https://purl.imsglobal.org/spec/lti/claim/message_type';
const now = () => Math.floor(Date.now() / 1000);

const storedState = () => launchWrites(fx);

type Claims = Record<string, unknown>;

/** A login started by a real browser, answered by an id_token the test shapes and signs. */
async function craftedLaunch(mutate: (claims: Claims) => void, options: { rogueKey?: boolean } = {}) {
  const browser = new BrowserClient();
  const step = await beginLogin(browser, fx.lms, 'student01');
  const claims = fx.lms.buildIdTokenClaims('student01', step.nonce);
  mutate(claims);
  const idToken = await fx.lms.signIdToken(claims, { rogueKey: options.rogueKey });
  return { browser, step, idToken, post: (form: Record<string, string> = { id_token: idToken, state: step.state }) => browser.request(`${fx.toolUrl}/lti/launch`, { form }) };
}

async function expectRefused(response: Promise<{ status: number; body: string }>, code: string, status: number) {
  const before = await storedState();
  const result = await response;
  expect({ status: result.status, code: launchErrorOf(result.body).code }).toEqual({ status, code });
  expect(result.body).not.toMatch(/at \w+ \(|node_modules|Error:/); // no stack trace
  expect(await storedState()).toEqual(before);
  return launchErrorOf(result.body);
}

describe('refused launches store nothing and explain themselves', () => {
  it('bad signature', async () => {
    const launch = await craftedLaunch(() => undefined, { rogueKey: true });
    await expectRefused(launch.post(), 'BAD_SIGNATURE', 401);
  });

  it('wrong issuer', async () => {
    const launch = await craftedLaunch((c) => { c.iss = 'https://evil.example'; });
    await expectRefused(launch.post(), 'WRONG_ISSUER', 401);
  });

  it('wrong audience', async () => {
    const launch = await craftedLaunch((c) => { c.aud = 'some-other-tool'; c.azp = 'some-other-tool'; });
    await expectRefused(launch.post(), 'WRONG_AUDIENCE', 401);
  });

  it('unknown platform at login', async () => {
    const url = new URL(fx.lms.loginInitiationUrl('student01'));
    url.searchParams.set('iss', 'https://unknown-lms.example');
    const error = await expectRefused(new BrowserClient().request(url.toString()), 'UNKNOWN_PLATFORM', 403);
    expect(error.adminHint).toMatch(/platforms -- add|Dynamic Registration/);
  });

  it('inactive platform: the login goes on to the LMS, the verified launch is refused', async () => {
    const launch = await craftedLaunch(() => undefined);
    await fx.tool.registration.setActive(fx.account, false);
    try {
      expect((await new BrowserClient().request(fx.lms.loginInitiationUrl('student01'))).status).toBe(302);
      await expectRefused(launch.post(), 'PLATFORM_INACTIVE', 403);
    } finally {
      await fx.tool.registration.setActive(fx.account, true);
    }
  });

  it('missing deployment id', async () => {
    const launch = await craftedLaunch((c) => { delete c[DEPLOYMENT]; });
    await expectRefused(launch.post(), 'DEPLOYMENT_MISSING', 400);
  });

  it('unknown deployment id', async () => {
    const launch = await craftedLaunch((c) => { c[DEPLOYMENT] = 'deployment-nobody-registered'; });
    await expectRefused(launch.post(), 'DEPLOYMENT_UNKNOWN', 403);
  });

  it('unknown deployment id announced at login', async () => {
    const url = new URL(fx.lms.loginInitiationUrl('student01'));
    url.searchParams.set('lti_deployment_id', 'deployment-nobody-registered');
    await expectRefused(new BrowserClient().request(url.toString()), 'DEPLOYMENT_UNKNOWN', 403);
  });

  it('expired token', async () => {
    const launch = await craftedLaunch((c) => { c.iat = now() - 900; c.exp = now() - 600; });
    await expectRefused(launch.post(), 'TOKEN_EXPIRED', 401);
  });

  it('token issued too long ago', async () => {
    const launch = await craftedLaunch((c) => { c.iat = now() - 3600; c.exp = now() + 600; });
    await expectRefused(launch.post(), 'TOKEN_TOO_OLD', 401);
  });

  it('token dated in the future', async () => {
    const launch = await craftedLaunch((c) => { c.iat = now() + 3600; c.exp = now() + 7200; });
    await expectRefused(launch.post(), 'TOKEN_NOT_YET_VALID', 401);
  });

  it('replayed token (the same form posted twice)', async () => {
    const browser = new BrowserClient();
    const step = await beginLogin(browser, fx.lms, 'student02');
    const auth = await browser.request(step.authUrl);
    const form = parseFormPost(auth.body);
    expect((await browser.request(form.action, { form: form.fields })).status).toBe(302);
    await expectRefused(browser.request(form.action, { form: form.fields }), 'LAUNCH_REPLAYED', 401);
  });

  it('replayed nonce in a fresh login', async () => {
    const first = await craftedLaunch(() => undefined);
    expect((await first.post()).status).toBe(302);
    const second = await craftedLaunch((c) => { c.nonce = first.step.nonce; });
    await expectRefused(second.post(), 'NONCE_REPLAYED', 401);
  });

  it('a nonce other than the one issued for this login', async () => {
    const launch = await craftedLaunch((c) => { c.nonce = 'a-nonce-the-tool-never-issued'; });
    await expectRefused(launch.post(), 'NONCE_MISMATCH', 401);
  });

  it('missing state', async () => {
    const launch = await craftedLaunch(() => undefined);
    await expectRefused(launch.post({ id_token: launch.idToken }), 'MISSING_STATE', 400);
  });

  it('wrong state: one this browser never started', async () => {
    const launch = await craftedLaunch(() => undefined);
    launch.browser.cookies.set('lti_rooms_state_forged-state', '1');
    await expectRefused(launch.post({ id_token: launch.idToken, state: 'forged-state' }), 'STATE_UNKNOWN', 401);
  });

  it('wrong state: the launch of another browser', async () => {
    const victim = await craftedLaunch(() => undefined);
    const attacker = new BrowserClient();
    await beginLogin(attacker, fx.lms, 'student03');
    await expectRefused(attacker.request(`${fx.toolUrl}/lti/launch`, { form: { id_token: victim.idToken, state: victim.step.state } }), 'STATE_MISMATCH', 401);
  });

  it('blocked cookies get the page that proves the launch another way, whose last resort restarts it in a new window', async () => {
    const launch = await craftedLaunch(() => undefined);
    const before = await storedState();
    const page = await new BrowserClient().request(`${fx.toolUrl}/lti/launch`, { form: { id_token: launch.idToken, state: launch.step.state } });
    expect(await storedState()).toEqual(before);
    const error = launchStepOf(page.body, 'check').cookieRefusal;
    expect(error).toMatchObject({ code: 'STATE_COOKIE_MISSING', status: 401 });
    expect(error.retryInNewWindowUrl).toMatch(/^\/lti\/login\?/);
    const retry = new BrowserClient();
    const restarted = await completeLogin(retry, { ...launch.step, authUrl: (await retry.request(`${fx.toolUrl}${error.retryInNewWindowUrl}`)).location! });
    expect(restarted.status).toBe(302);
  });

  it('missing and malformed id_token', async () => {
    const launch = await craftedLaunch(() => undefined);
    await expectRefused(launch.post({ state: launch.step.state }), 'MISSING_ID_TOKEN', 400);
    await expectRefused(launch.post({ id_token: 'not.a.jwt', state: launch.step.state }), 'MALFORMED_ID_TOKEN', 400);
  });

  it('claims LTI 1.3 requires', async () => {
    const launch = await craftedLaunch((c) => { c[VERSION] = '1.1'; });
    const error = await expectRefused(launch.post(), 'INVALID_CLAIMS', 400);
    // The page names the claim that failed, so an LMS administrator knows what to fix.
    expect(error.title).toBe('The LTI message is incomplete');
    expect(error.detail).toContain('https://purl.imsglobal.org/spec/lti/claim/version');
    expect(error.retryInNewWindowUrl).toBeUndefined();
  });

  it('an unsupported message type', async () => {
    const launch = await craftedLaunch((c) => { c[MESSAGE_TYPE] = 'LtiSubmissionReviewRequest'; });
    await expectRefused(launch.post(), 'UNSUPPORTED_MESSAGE', 400);
  });
});
