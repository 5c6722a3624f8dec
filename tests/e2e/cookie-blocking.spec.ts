import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type FrameLocator, type Page, type Response } from '@playwright/test';
import { seriousAccessibilityViolations } from './support/axe';
import { expect, guardNetwork, test } from './support/fixtures';
import { startToolWithCrossSiteLms, type CookiePolicy, type ToolWithLms } from './support/tool-with-lms';

/**
 * Launches inside a course page of another site, where the tool's cookies are third-party.
 *
 * Playwright's browser contexts are Chromium "off the record" profiles, which block
 * third-party cookies, as Chrome's incognito windows do (`profile.cookie_controls_mode` 1);
 * the first test shows it: the same launch that works with cookies allowed finds no cookie.
 * Cookies allowed is a persistent profile whose preferences say so (`cookie_controls_mode` 0),
 * Chrome's default in a normal window.
 *
 * Which browsers each tool stands for:
 * - COOKIE_POLICY=cross-site-unpartitioned: a browser that keeps no third-party cookie at all,
 *   partitioned or not, which is what Safari does by default;
 * - COOKIE_POLICY=cross-site (what https gets): a browser that blocks third-party cookies but
 *   keeps partitioned ones (CHIPS): Chrome and Edge with third-party cookies blocked.
 */
const COURSE_ID = 'demo-course-101';

const coursePage = (pair: ToolWithLms, userId: string, platformStorage: boolean) =>
  `${pair.coursePagesUrl}/courses/${COURSE_ID}/embedded/${userId}${platformStorage ? '' : '?platform_storage=off'}`;

const toolFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title="LTI Rooms"]');

/** The launch landed on the course's channel page, inside the LMS's frame, with the role the LMS gave. */
async function expectLandedInFrame(page: Page, pair: ToolWithLms, role: 'participant' | 'manager'): Promise<Frame> {
  await expect(toolFrame(page).getByTestId('channel-role')).toHaveAttribute('data-role', role);
  const frame = page.frames().find((candidate) => candidate.url().startsWith(`${pair.toolUrl}/channels/`));
  expect(frame, 'the channel page is the LMS frame, not a window of its own').toBeDefined();
  expect(frame!.parentFrame()).toBe(page.mainFrame());
  return frame!;
}

/** The proofs the launch page sent to /lti/launch/confirm, and the launch forms posted to /lti/launch. */
function watchLaunches(context: BrowserContext): { confirmations: Record<string, unknown>[]; launchForms: string[] } {
  const seen = { confirmations: [] as Record<string, unknown>[], launchForms: [] as string[] };
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() !== 'POST') return;
    if (path === '/lti/launch/confirm') seen.confirmations.push(request.postDataJSON() as Record<string, unknown>);
    if (path === '/lti/launch') seen.launchForms.push(request.postData() ?? '');
  });
  return seen;
}

/** Sends a launch again from a page of the tool, as a replay would: the code it is refused with. */
async function replayConfirmation(frame: Frame, body: Record<string, unknown>): Promise<{ status: number; code: string }> {
  return frame.evaluate(async (json) => {
    const response = await fetch('/lti/launch/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lti-rooms-launch-check': '1' },
      body: JSON.stringify(json),
    });
    return { status: response.status, code: ((await response.json()) as { launchError: { code: string } }).launchError.code };
  }, body);
}

async function replayLaunchForm(frame: Frame, form: string): Promise<{ status: number; code: string | undefined }> {
  return frame.evaluate(async (encoded) => {
    const response = await fetch('/lti/launch', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: encoded });
    const page = await response.text();
    const json = /<script type="application\/json" id="launch-error">([\s\S]*?)<\/script>/.exec(page)?.[1];
    return { status: response.status, code: json ? (JSON.parse(json) as { code: string }).code : undefined };
  }, form);
}

/** A Chromium profile of its own with third-party cookies allowed, guarded like the suite's contexts. */
async function contextWithThirdPartyCookies(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'lti-rooms-3pc-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await guardNetwork(context, [], []);
  return context;
}

/** In a describe block: its tests run in order against a tool of their own, started once before them. */
function toolWithCrossSiteLms(name: string, policy: CookiePolicy): ToolWithLms {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  let started: ToolWithLms | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    started = await startToolWithCrossSiteLms(name, policy);
  });
  test.afterAll(async () => started?.close());
  const current = () => {
    if (!started) throw new Error(`${name}: the tool is not started`);
    return started;
  };
  return {
    get toolUrl() { return current().toolUrl; },
    get lmsUrl() { return current().lmsUrl; },
    get coursePagesUrl() { return current().coursePagesUrl; },
    close: () => current().close(),
  };
}

test.describe('a browser that keeps no third-party cookie (Safari)', () => {
  const pair = toolWithCrossSiteLms('no-partitioned-cookies', 'cross-site-unpartitioned');

  test('cookies allowed (a normal Chrome window): the launch works inside the frame by its cookie, as before', async () => {
    const context = await contextWithThirdPartyCookies();
    try {
      const seen = watchLaunches(context);
      const page = await context.newPage();
      await page.goto(coursePage(pair, 'student01', false));
      const frame = await expectLandedInFrame(page, pair, 'participant');
      expect(seen.confirmations, 'no other proof than the cookie').toEqual([]);
      expect(await replayLaunchForm(frame, seen.launchForms[0])).toEqual({ status: 401, code: 'LAUNCH_REPLAYED' });
    } finally {
      await context.close();
    }
  });

  test('through platform storage: the LMS keeps state and nonce for the tool, and the launch works inside the frame', async ({ context, page }) => {
    const seen = watchLaunches(context);
    await page.goto(coursePage(pair, 'instructor', true));
    const frame = await expectLandedInFrame(page, pair, 'manager');
    expect(seen.confirmations).toHaveLength(1);
    expect(seen.confirmations[0]).toMatchObject({ mechanism: 'platform-storage', stored: { state: seen.confirmations[0].state } });
    // The same proof again, even from the tool's own page in the same browser: used once.
    expect(await replayConfirmation(frame, seen.confirmations[0])).toEqual({ status: 401, code: 'LAUNCH_REPLAYED' });
    // The API works without any cookie: the page holds its launch token alone.
    expect((await context.cookies(pair.toolUrl)).filter((cookie) => cookie.name === 'lti_rooms_session')).toEqual([]);
    await expect(toolFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
  });

  test("platform storage does not vouch for another browser's launch", async ({ context, page, newUserContext }) => {
    // Browser A's launch, stopped before its page proves it: its id_token and state are what an attacker would hold.
    const seenA = watchLaunches(context);
    await context.route('**/lti/launch/confirm', (route) => route.abort());
    await page.goto(coursePage(pair, 'student01', true));
    await expect.poll(() => seenA.launchForms.length).toBe(1);
    await expect(toolFrame(page).getByRole('heading', { level: 1 })).toBeVisible();

    // Browser B, where the attacker plants A's launch into the tool's frame in B's course page.
    const contextB = await newUserContext();
    const seenB = watchLaunches(contextB);
    const pageB = await contextB.newPage();
    await pageB.goto(coursePage(pair, 'student02', true));
    const frameB = await expectLandedInFrame(pageB, pair, 'participant');
    await frameB.evaluate((form) => {
      const element = document.createElement('form');
      element.method = 'POST';
      element.action = '/lti/launch';
      for (const [name, value] of new URLSearchParams(form)) element.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
      document.body.append(element);
      element.submit();
    }, seenA.launchForms[0]);
    // B's platform storage holds nothing for A's login: no proof is sent, and the launch ends at the other ways.
    await expect(toolFrame(pageB).getByRole('heading', { name: /Allow LTI Rooms|blocked LTI Rooms/ })).toBeVisible();
    expect(seenB.confirmations.filter((body) => body.mechanism === 'platform-storage')).toHaveLength(1);
    await expect(toolFrame(pageB).getByTestId('channel-role')).toHaveCount(0);
  });

  test('without platform storage: the tool asks for storage access, and after the click the launch works inside the frame', async ({ context, page }, testInfo) => {
    const seen = watchLaunches(context);
    await page.goto(coursePage(pair, 'student03', false));
    const frame = toolFrame(page);
    // The cookie did not come back (blocked): the tool asks instead of failing.
    await expect(frame.getByRole('heading', { name: 'Allow LTI Rooms in this course page' })).toBeVisible();
    expect(seen.confirmations).toEqual([]);
    expect(await seriousAccessibilityViolations(page, testInfo, 'storage-access-prompt')).toEqual([]);
    // The person allows it in the browser's prompt.
    await context.grantPermissions(['storage-access']);
    await frame.getByRole('button', { name: 'Allow and continue' }).click();
    const landed = await expectLandedInFrame(page, pair, 'participant');
    const proofs = seen.confirmations.filter((body) => body.mechanism === 'storage-access');
    expect(proofs.length).toBeGreaterThanOrEqual(1);
    expect(await replayConfirmation(landed, proofs.at(-1)!)).toEqual({ status: 401, code: 'LAUNCH_REPLAYED' });
  });

  test('without platform storage or storage access, the launch goes on in a new window', async ({ context, page }) => {
    // A browser without the Storage Access API.
    await context.addInitScript(() => {
      delete (Document.prototype as Partial<Document>).requestStorageAccess;
    });
    const seen = watchLaunches(context);
    await page.goto(coursePage(pair, 'student04', false));
    const frame = toolFrame(page);
    await expect(frame.getByRole('heading', { name: 'Your browser blocked LTI Rooms inside the course page' })).toBeVisible();
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.getByRole('button', { name: 'Open in a new window' }).click()]);
    await expect(popup.getByTestId('channel-role')).toHaveAttribute('data-role', 'participant');
    expect(popup.url()).toMatch(new RegExp(`^${pair.toolUrl}/channels/`));
    expect(seen.confirmations).toEqual([]);
    const newWindowLaunch = seen.launchForms.at(-1)!;
    expect(await replayLaunchForm(popup.mainFrame(), newWindowLaunch)).toEqual({ status: 401, code: 'LAUNCH_REPLAYED' });
  });
});

test.describe('a browser that keeps partitioned cookies (Chrome blocking third-party cookies)', () => {
  const pair = toolWithCrossSiteLms('partitioned-cookies', 'cross-site');

  test('the launch works inside the frame by its partitioned cookie, with nothing else to ask', async ({ context, page }) => {
    const seen = watchLaunches(context);
    const ltiResponses: Response[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/lti/')) ltiResponses.push(response);
    });
    await page.goto(coursePage(pair, 'student05', false));
    const frame = await expectLandedInFrame(page, pair, 'participant');
    const setCookies: string[] = [];
    for (const response of ltiResponses) setCookies.push(...((await response.allHeaders())['set-cookie'] ?? '').split('\n').filter(Boolean));
    expect(seen.confirmations, 'no proof other than the cookie').toEqual([]);
    // The login and session cookies the launch relied on are partitioned ones.
    expect(setCookies.filter((line) => /^lti_rooms_(state_|session)/.test(line)).filter((line) => !/;\s*Partitioned/i.test(line))).toEqual([]);
    expect(setCookies.some((line) => line.startsWith('lti_rooms_session='))).toBe(true);
    // The login's cookie is cleared with the same attributes, or the partitioned one would stay behind.
    const cookies = await context.cookies(pair.toolUrl);
    expect(cookies.map((cookie) => cookie.name)).toContain('lti_rooms_session');
    expect(cookies.filter((cookie) => cookie.name.startsWith('lti_rooms_state_'))).toEqual([]);
    expect(await replayLaunchForm(frame, seen.launchForms[0])).toEqual({ status: 401, code: 'LAUNCH_REPLAYED' });
  });
});
