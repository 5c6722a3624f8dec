import { LIS } from '@lti-rooms/dev-lms';
import { apiGet, BrowserClient, launch, ToolFixture, startToolWithLms } from '@lti-rooms/test-support';

let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms();
});
afterAll(async () => fx?.close());

describe('resource link launches from the dev LMS', () => {
  it.each([
    ['instructor', 'manager'],
    ['ta', 'moderator'],
    ['student01', 'participant'],
    ['observer', 'participant'],
    ['admin', 'manager'],
  ])('%s lands on the channel page as %s', async (userId, role) => {
    const launched = await launch(fx.toolUrl, fx.lms, userId);
    expect(launched.landingPath).toMatch(/^\/channels\/[0-9a-f-]{36}$/);
    const page = await launched.browser.request(`${fx.toolUrl}${launched.landingPath}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(launched.ltik);

    const me = await apiGet(fx.toolUrl, launched, '/api/me');
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({
      role,
      channel: { title: fx.lms.course.title, label: fx.lms.course.label },
      user: { name: fx.lms.users.find((u) => u.id === userId)!.name },
      account: { id: fx.account.id },
      isAdministrator: userId === 'admin',
    });
  });

  it('maps a custom role set sent by the platform', async () => {
    const launched = await launch(fx.toolUrl, fx.lms, 'student02', { roles: [LIS.contentDeveloper] });
    expect((await apiGet(fx.toolUrl, launched, '/api/me')).json).toMatchObject({ role: 'manager' });
  });

  it('upserts one user, one channel and one membership however often a user launches', async () => {
    const before = { users: await fx.countRows('users'), memberships: await fx.countRows('memberships') };
    await launch(fx.toolUrl, fx.lms, 'student03');
    await launch(fx.toolUrl, fx.lms, 'student03');
    expect(await fx.countRows('users')).toBe(before.users + 1);
    expect(await fx.countRows('memberships')).toBe(before.memberships + 1);
    expect(await fx.countRows('channels')).toBe(1);
  });

  it('records the LTI roles and the return url', async () => {
    const launched = await launch(fx.toolUrl, fx.lms, 'ta');
    const me = (await apiGet(fx.toolUrl, launched, '/api/me')).json as { ltiRoles: string[]; returnUrl: string };
    expect(me.ltiRoles).toEqual(expect.arrayContaining([LIS.instructor, LIS.teachingAssistant]));
    expect(me.returnUrl).toMatch(new RegExp(`^${fx.lms.url}`));
  });

  it('refuses the API without the token, with a forged token, and from another browser', async () => {
    const launched = await launch(fx.toolUrl, fx.lms, 'student04');
    const noToken = await launched.browser.request(`${fx.toolUrl}/api/me`);
    expect(noToken.status).toBe(401);
    const forged = await apiGet(fx.toolUrl, { browser: launched.browser, ltik: `${launched.ltik.slice(0, -4)}AAAA` }, '/api/me');
    expect(forged.status).toBe(401);
    const otherBrowser = await apiGet(fx.toolUrl, { browser: new BrowserClient(), ltik: launched.ltik }, '/api/me');
    expect(otherBrowser).toMatchObject({ status: 401, json: { error: { code: 'SESSION_COOKIE_MISSING' } } });
  });

  it('sets Lax cookies on plain http and never puts the token in a query string', async () => {
    const launched = await launch(fx.toolUrl, fx.lms, 'student05');
    expect(launched.result.location).toContain('#ltik=');
    expect(launched.result.location).not.toContain('?ltik=');
  });
});
