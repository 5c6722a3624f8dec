import {
  BrowserClient, beginLogin, completeLogin, launchStepOf, parseFormPost, launchWrites, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * Launches whose login cookie does not come back (third-party cookies blocked in the LMS
 * frame), at the protocol level: the login kept in the platform's storage (LTI Client Side
 * postMessages / postMessage Storage), storage access, a new window. The browser tests
 * (tests/e2e/cookie-blocking.spec.ts) drive the same paths through Chromium.
 */
let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms();
});
afterAll(async () => fx?.close());

const CHECK_HEADER = { 'x-lti-rooms-launch-check': '1' };

const storedState = () => launchWrites(fx);

/** A login with platform storage offered, answered by the LMS; the launch form is not posted yet. */
async function loginWithStorage(userId = 'student01', claims: (c: Record<string, unknown>) => void = () => undefined) {
  const browser = new BrowserClient();
  const page = await browser.request(fx.lms.loginInitiationUrl(userId, { platformStorage: true }));
  expect(page.status).toBe(200);
  const login = launchStepOf(page.body, 'login');
  const idTokenClaims = fx.lms.buildIdTokenClaims(userId, login.nonce, { platformStorage: true });
  claims(idTokenClaims);
  const idToken = await fx.lms.signIdToken(idTokenClaims);
  return { browser, login, form: { id_token: idToken, state: login.state, lti_storage_target: login.storageTarget } };
}

/** What the tool's launch page sends once it read state and nonce back from the platform's storage. */
function confirm(browser: BrowserClient, body: Record<string, unknown>, headers: Record<string, string> = CHECK_HEADER) {
  return browser.request(`${fx.toolUrl}/lti/launch/confirm`, { method: 'POST', rawBody: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}

async function expectConfirmRefused(response: Promise<{ status: number; body: string }>, code: string, status = 401) {
  const before = await storedState();
  const result = await response;
  expect({ status: result.status, code: (JSON.parse(result.body) as { launchError: { code: string } }).launchError.code }).toEqual({ status, code });
  expect(await storedState()).toEqual(before);
}

describe('the login when the platform offers its storage', () => {
  it('is a page that keeps state and nonce in the platform frame before it goes to the platform; the cookie is set too', async () => {
    const browser = new BrowserClient();
    const page = await browser.request(fx.lms.loginInitiationUrl('student01', { platformStorage: true }));
    const login = launchStepOf(page.body, 'login');
    const authUrl = new URL(login.authUrl);
    expect(authUrl.origin).toBe(new URL(fx.lms.url).origin);
    expect(login.platformOrigin).toBe(new URL(fx.lms.url).origin);
    expect(login).toMatchObject({ storageTarget: 'lti_storage_frame', state: authUrl.searchParams.get('state'), nonce: authUrl.searchParams.get('nonce') });
    expect(browser.cookies.has(`lti_rooms_state_${login.state}`)).toBe(true);
    // The LMS names its storage frame again in the launch form; a browser that lost the cookie gets the check page.
    const form = parseFormPost((await browser.request(login.authUrl)).body);
    expect(form.fields.lti_storage_target).toBe('lti_storage_frame');
    const check = launchStepOf((await new BrowserClient().request(form.action, { form: form.fields })).body, 'check');
    expect(check.storageTarget).toBe('lti_storage_frame');
  });

  it('a target that is no frame name is ignored: the login redirects as without storage', async () => {
    const url = new URL(fx.lms.loginInitiationUrl('student01'));
    url.searchParams.set('lti_storage_target', '"><script>alert(1)</script>');
    const result = await new BrowserClient().request(url.toString());
    expect(result.status).toBe(302);
  });
});

describe('a launch whose cookie did not come back', () => {
  it('gets the page that proves it another way, naming the platform frame and the ways to go on; nothing is written', async () => {
    const { login, form } = await loginWithStorage();
    const before = await storedState();
    const page = await new BrowserClient().request(`${fx.toolUrl}/lti/launch`, { form });
    expect(page.status).toBe(200);
    const check = launchStepOf(page.body, 'check');
    expect(check).toMatchObject({ idToken: form.id_token, state: login.state, nonce: login.nonce, storageTarget: 'lti_storage_frame', platformOrigin: login.platformOrigin, afterStorageAccess: false });
    expect(check.restartUrl).toMatch(/^\/lti\/login\?.*lti_rooms_retry=storage-access/);
    expect(check.cookieRefusal).toMatchObject({ code: 'STATE_COOKIE_MISSING', status: 401 });
    // A new window has no platform frame to ask: its login does not offer one.
    expect(check.cookieRefusal.retryInNewWindowUrl).toMatch(/lti_rooms_retry=new-window/);
    expect(check.cookieRefusal.retryInNewWindowUrl).not.toMatch(/lti_storage_target/);
    expect(await storedState()).toEqual(before);
  });

  it('proved by the platform storage: lands with a launch token that works without any cookie', async () => {
    const { login, form } = await loginWithStorage('instructor');
    const page = new BrowserClient();
    const answer = await confirm(page, { id_token: form.id_token, state: login.state, mechanism: 'platform-storage', stored: { state: login.state, nonce: login.nonce } });
    expect(answer.status).toBe(200);
    const location = new URL((JSON.parse(answer.body) as { location: string }).location, fx.toolUrl);
    expect(location.pathname).toMatch(/^\/channels\//);
    const ltik = new URLSearchParams(location.hash.slice(1)).get('ltik')!;
    // No session cookie was set; a browser with no cookie at all uses the token.
    expect(page.cookies.has('lti_rooms_session')).toBe(false);
    const me = await new BrowserClient().request(`${fx.toolUrl}/api/me`, { headers: { authorization: `Bearer ${ltik}` } });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ role: 'manager' });
  });

  it('with platform storage in play, forged launches are still refused and write nothing', async () => {
    const victim = await loginWithStorage('student02');
    const other = await loginWithStorage('student03');
    const proof = (stored: { state: string; nonce: string }) => ({ id_token: victim.form.id_token, state: victim.login.state, mechanism: 'platform-storage', stored });
    // Wrong state, wrong nonce: not what this login kept.
    await expectConfirmRefused(confirm(new BrowserClient(), proof({ state: 'forged-state', nonce: victim.login.nonce })), 'STATE_MISMATCH');
    await expectConfirmRefused(confirm(new BrowserClient(), proof({ state: victim.login.state, nonce: 'forged-nonce' })), 'STATE_MISMATCH');
    // Another browser's storage holds another login.
    await expectConfirmRefused(confirm(new BrowserClient(), proof({ state: other.login.state, nonce: other.login.nonce })), 'STATE_MISMATCH');
    // A state the tool never issued.
    await expectConfirmRefused(confirm(new BrowserClient(), { ...proof({ state: 'never-issued', nonce: 'n' }), state: 'never-issued' }), 'STATE_UNKNOWN');
    // Not from the tool's own launch page: no check header (a form another site posts), or a cross-site fetch.
    await expectConfirmRefused(confirm(new BrowserClient(), proof(victim.login), {}), 'STATE_MISMATCH');
    await expectConfirmRefused(confirm(new BrowserClient(), proof(victim.login), { ...CHECK_HEADER, 'sec-fetch-site': 'cross-site' }), 'STATE_MISMATCH');
    // The real proof works once; the same again is a replay.
    expect((await confirm(new BrowserClient(), proof(victim.login))).status).toBe(200);
    await expectConfirmRefused(confirm(new BrowserClient(), proof(victim.login)), 'LAUNCH_REPLAYED');
  });

  it('a nonce already used is refused in a fresh login proved by platform storage', async () => {
    const first = await loginWithStorage('student04');
    expect((await confirm(new BrowserClient(), { id_token: first.form.id_token, state: first.login.state, mechanism: 'platform-storage', stored: first.login })).status).toBe(200);
    const second = await loginWithStorage('student04', (claims) => { claims.nonce = first.login.nonce; });
    await expectConfirmRefused(
      confirm(new BrowserClient(), { id_token: second.form.id_token, state: second.login.state, mechanism: 'platform-storage', stored: second.login }),
      'NONCE_REPLAYED',
    );
  });

  it('bad confirmations get a 4xx naming the problem, never a 5xx', async () => {
    await expectConfirmRefused(confirm(new BrowserClient(), { state: 's', mechanism: 'platform-storage' }), 'MISSING_ID_TOKEN', 400);
    await expectConfirmRefused(confirm(new BrowserClient(), { id_token: 'x', state: 's', mechanism: 'cookie' }), 'MISSING_ID_TOKEN', 400);
    const { login, form } = await loginWithStorage('student05');
    await expectConfirmRefused(confirm(new BrowserClient(), { id_token: form.id_token, state: login.state, mechanism: 'platform-storage' }), 'STATE_MISMATCH');
    const junk = await new BrowserClient().request(`${fx.toolUrl}/lti/launch/confirm`, { method: 'POST', rawBody: '{not json', headers: { 'content-type': 'application/json', ...CHECK_HEADER } });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
  });
});

describe('storage access and the new window', () => {
  it('after storage access the page starts the login again (JSON), and proves the launch by the cookie it may now send', async () => {
    const { form } = await loginWithStorage('student06');
    const check = launchStepOf((await new BrowserClient().request(`${fx.toolUrl}/lti/launch`, { form: { id_token: form.id_token, state: form.state } })).body, 'check');
    expect(check.storageTarget).toBeNull();
    // The frame that now has storage access: its cookies go with its own requests.
    const frame = new BrowserClient();
    const restarted = await frame.request(`${fx.toolUrl}${check.restartUrl}`, { headers: { ...CHECK_HEADER, accept: 'application/json' } });
    expect(restarted.status).toBe(200);
    const authUrl = (JSON.parse(restarted.body) as { redirectUrl: string }).redirectUrl;
    const state = new URL(authUrl).searchParams.get('state')!;
    expect(frame.cookies.has(`lti_rooms_state_${state}`)).toBe(true);
    // The LMS posts the launch in the frame without the cookie (a cross-site navigation)...
    const auth = parseFormPost((await new BrowserClient().request(authUrl)).body);
    const again = launchStepOf((await new BrowserClient().request(auth.action, { form: auth.fields })).body, 'check');
    expect(again.afterStorageAccess).toBe(true);
    // ...and the page proves it with the cookie its own request carries.
    const landed = await confirm(frame, { id_token: again.idToken, state: again.state, mechanism: 'storage-access' });
    expect(landed.status).toBe(200);
    expect(frame.cookies.has('lti_rooms_session')).toBe(false);
    // Without the cookie the same proof says so, and the page offers the new window.
    await expectConfirmRefused(confirm(new BrowserClient(), { id_token: again.idToken, state: again.state, mechanism: 'storage-access' }), 'LAUNCH_REPLAYED');
  });

  it('storage access without the cookie is refused as a missing cookie, which the page answers by starting the login again', async () => {
    const { login, form } = await loginWithStorage('student07');
    await expectConfirmRefused(confirm(new BrowserClient(), { id_token: form.id_token, state: login.state, mechanism: 'storage-access' }), 'STATE_COOKIE_MISSING');
  });

  it('the new window starts the same launch again at the top level, with its session cookie', async () => {
    const { form } = await loginWithStorage('student08');
    const check = launchStepOf((await new BrowserClient().request(`${fx.toolUrl}/lti/launch`, { form })).body, 'check');
    const window = new BrowserClient();
    const login = await window.request(`${fx.toolUrl}${check.cookieRefusal.retryInNewWindowUrl}`);
    expect(login.status).toBe(302);
    const landed = await completeLogin(window, { state: '', nonce: '', authUrl: login.location! });
    expect(landed.status).toBe(302);
    expect(landed.location).toMatch(/#ltik=/);
    expect(window.cookies.has('lti_rooms_session')).toBe(true);
  });

  it('a cookie-bound launch token still needs its session cookie', async () => {
    const browser = new BrowserClient();
    const landed = await completeLogin(browser, await beginLogin(browser, fx.lms, 'student09'));
    const ltik = new URLSearchParams(new URL(landed.location!).hash.slice(1)).get('ltik')!;
    const withoutCookie = await new BrowserClient().request(`${fx.toolUrl}/api/me`, { headers: { authorization: `Bearer ${ltik}` } });
    expect(withoutCookie.status).toBe(401);
    expect(JSON.parse(withoutCookie.body)).toMatchObject({ error: { code: 'SESSION_COOKIE_MISSING' } });
  });
});
