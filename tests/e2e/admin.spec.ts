import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import {
  accountSettings,
  ADMIN_TABS,
  administrationLink,
  ADMINISTRATOR,
  cancelCreateRoomForm,
  callApi,
  clickAndWaitForApi,
  expectNoSeriousAxeViolations,
  getJson,
  INSTRUCTOR,
  launchAs,
  launchWithRoles,
  NOT_ADMINISTRATOR_MESSAGE,
  openAdministration,
  openAdminTab,
  openCreateRoomForm,
  restoreAccountSettings,
  restoreOnFailure,
  restorePublicJitsi,
  restoreRoleOverrides,
  retireTemplateByName,
  roleOverrides,
  roomModeGroup,
  serverFilesContaining,
  statusMessage,
  uniqueName,
} from './support/admin';
import { expect, test } from './support/fixtures';
import { backToChannel, createRoomFromChannel, openRoomFromChannel, waitForEntryPage } from './support/rooms';

// Two or three people and several launches per test: more than the suite's default 30 s on a
// busy machine, while a test that hangs still fails within a minute and a half.
test.describe.configure({ timeout: 90_000 });

/** A custom LTI role no default rule knows: a participant (observer) until an administrator maps it. */
const TUTOR_ROLE = 'http://example.edu/roles#Tutor';
/** A learner no other spec launches as, so their channel role is this spec's business only. */
const CUSTOM_ROLE_USER = 'Priya Patel';

/** The account's room modes as the API names them, order-free. */
function sortedModes(modes: readonly string[]): string[] {
  return [...modes].sort();
}

test.describe('administration through the Dev LMS', () => {
  test('the administrator switches the account to Panel only; the instructor then gets Panel as fixed text, and an existing interactive room tells its editor', async ({
    newUserContext,
    urls,
  }, testInfo) => {
    const [admin, instructor] = await Promise.all([launchAs(newUserContext, urls, ADMINISTRATOR), launchAs(newUserContext, urls, INSTRUCTOR)]);
    const before = await accountSettings(admin);
    expect(sortedModes(before.enabledModes), 'precondition: both room modes are enabled').toEqual(['interactive', 'panel']);

    // An interactive room made while the mode is enabled; it must keep working once it is not.
    const roomName = uniqueName('Interactive before the switch');
    const roomId = await createRoomFromChannel(instructor, urls.toolUrl, { name: roomName, mode: 'Interactive room' });
    await expect(instructor.getByText("About this room's mode")).toHaveCount(0);
    await backToChannel(instructor);

    let restored = false;
    try {
      await openAdministration(admin);
      await openAdminTab(admin, 'Account settings');
      const modes = admin.getByRole('group', { name: 'Enabled room modes' });
      await expect(modes.getByRole('checkbox', { name: 'Interactive', exact: true })).toBeChecked();
      await expect(modes.getByRole('checkbox', { name: 'Panel', exact: true })).toBeChecked();
      await modes.getByRole('checkbox', { name: 'Interactive', exact: true }).uncheck();
      await admin.getByLabel('Default mode').selectOption({ label: 'Panel' });
      const saved = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Save settings' }), 'PUT', '/api/admin/settings');
      expect(saved.status(), await saved.text()).toBe(200);
      await expect(statusMessage(admin, 'Settings saved')).toBeVisible();
      expect(await accountSettings(admin)).toMatchObject({ enabledModes: ['panel'], defaultMode: 'panel' });

      // The instructor's Create a Room: one mode, shown as text with its one-line description.
      await openCreateRoomForm(instructor);
      const fixed = instructor.getByTestId('fixed-room-mode');
      await expect(fixed).toBeVisible();
      await expect(fixed).toContainText('Panel room');
      await expect(fixed).toContainText(/Panel mode — .+/);
      await expect(roomModeGroup(instructor)).toHaveCount(0);
      await expect(instructor.getByRole('radio', { name: 'Interactive room' })).toHaveCount(0);
      await expect(instructor.getByRole('radio', { name: 'Panel room' })).toHaveCount(0);
      await cancelCreateRoomForm(instructor);

      // The interactive room still opens, and tells its editor that its mode is no longer offered.
      await openRoomFromChannel(instructor, urls.toolUrl, roomId, roomName);
      await expect(instructor.getByText("About this room's mode")).toBeVisible();
      await expect(instructor.getByRole('button', { name: 'Start Meeting', exact: true })).toBeVisible();

      // Both modes again, default as before. The administrator's page sat idle while the
      // instructor's worked: bring it to the front, as a person switching windows would.
      await admin.bringToFront();
      await modes.getByRole('checkbox', { name: 'Interactive', exact: true }).check();
      await admin.getByLabel('Default mode').selectOption(before.defaultMode);
      const restoredAnswer = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Save settings' }), 'PUT', '/api/admin/settings');
      expect(restoredAnswer.status(), await restoredAnswer.text()).toBe(200);
      await expect(statusMessage(admin, 'Settings saved')).toBeVisible();
      restored = true;
      expect(await accountSettings(admin)).toEqual(before);

      await instructor.reload();
      await waitForEntryPage(instructor, urls.toolUrl, roomName);
      await expect(instructor.getByText("About this room's mode")).toHaveCount(0);
      await backToChannel(instructor);
      await openCreateRoomForm(instructor);
      await expect(instructor.getByTestId('fixed-room-mode')).toHaveCount(0);
      await expect(roomModeGroup(instructor).getByRole('radio', { name: 'Interactive room' })).toBeVisible();
      await expect(roomModeGroup(instructor).getByRole('radio', { name: 'Panel room' })).toBeVisible();
    } finally {
      if (!restored) await restoreOnFailure(testInfo, 'the account settings', () => restoreAccountSettings(admin, before));
    }
  });

  test('the administrator creates a custom template; the instructor can choose it as a room mode', async ({ newUserContext, urls }, testInfo) => {
    const templateName = uniqueName('Seminar template');
    const [admin, instructor] = await Promise.all([launchAs(newUserContext, urls, ADMINISTRATOR), launchAs(newUserContext, urls, INSTRUCTOR)]);

    let retired = false;
    try {
      await openAdministration(admin);
      await openAdminTab(admin, 'Templates');
      const form = admin.getByTestId('template-form');
      await expect(form.getByRole('heading', { name: 'New template' })).toBeVisible();
      await form.getByLabel('Template name').fill(templateName);
      await form.getByLabel('Base mode').selectOption({ label: 'Interactive' });
      await form.getByRole('checkbox', { name: 'Polls', exact: true }).check();
      await form.getByRole('checkbox', { name: 'Private chat', exact: true }).uncheck();
      await form.getByRole('checkbox', { name: 'Recording', exact: true }).uncheck();
      await form.getByRole('checkbox', { name: 'Breakout rooms', exact: true }).uncheck();
      await form.getByLabel('Stage access default').selectOption({ label: 'Join by request' });
      await form.getByLabel('Camera-on cap').fill('4');
      await form.getByLabel('Total cap').fill('12');
      const created = await clickAndWaitForApi(admin, form.getByRole('button', { name: 'Create template' }), 'POST', '/api/admin/templates');
      expect(created.status(), await created.text()).toBeLessThan(300);
      await expect(statusMessage(admin, `Template "${templateName}" created`)).toBeVisible();
      const row = admin.getByTestId('template-row').filter({ has: admin.getByRole('rowheader', { name: templateName, exact: true }) });
      await expect(row).toContainText('Interactive');
      await expect(row).toContainText('Active');

      const { templates } = await getJson<{ templates: { name: string; baseMode: string; retiredAt: string | null; features: Record<string, unknown> }[] }>(
        admin,
        '/api/admin/templates',
      );
      expect(templates.find((t) => t.name === templateName)).toMatchObject({
        baseMode: 'interactive',
        retiredAt: null,
        features: { polls: true, privateChat: false, recording: false, breakoutRooms: false, stageAccessDefault: 'request', cameraOnCap: 4, totalCap: 12 },
      });

      // The instructor's mode choice offers it next to the two modes, with its description.
      await openCreateRoomForm(instructor);
      const modeGroup = roomModeGroup(instructor);
      await expect(modeGroup.getByRole('radio', { name: 'Interactive room' })).toBeVisible();
      await expect(modeGroup.getByRole('radio', { name: 'Panel room' })).toBeVisible();
      const templateRadio = modeGroup.getByRole('radio', { name: templateName, exact: true });
      await expect(templateRadio).toBeVisible();
      await expect(templateRadio).toHaveAccessibleDescription(new RegExp(`^${templateName} — based on Interactive`));

      // A room made with it shows the template as its mode.
      const roomName = uniqueName('Templated room');
      await instructor.getByLabel('Name', { exact: true }).fill(roomName);
      await templateRadio.check();
      await instructor.getByRole('button', { name: 'Create', exact: true }).click();
      await waitForEntryPage(instructor, urls.toolUrl, roomName);
      await expect(instructor.getByRole('main')).toContainText(templateName);

      // The template is the boundary: what it turns off is off and fixed on the room's Chat settings tab, saying why.
      await instructor.getByRole('button', { name: 'Edit', exact: true }).click();
      await instructor.getByRole('tab', { name: 'Chat settings', exact: true }).click();
      const privateChat = instructor.getByRole('switch', { name: 'Private chat' });
      await expect(privateChat).toBeDisabled();
      await expect(privateChat).not.toBeChecked();
      await expect(privateChat).toHaveAccessibleDescription(`Turned off by the template "${templateName}": an administrator can change the template.`);
      await expect(instructor.getByRole('switch', { name: 'Polls' })).toBeEnabled();
      await expectNoSeriousAxeViolations(instructor, testInfo, 'chat settings limited by a template');
      await instructor.getByRole('link', { name: 'Back to the room' }).click();
      await waitForEntryPage(instructor, urls.toolUrl, roomName);

      // Retired: no longer offered, but the room keeps it.
      await admin.getByRole('button', { name: `Retire ${templateName}`, exact: true }).click();
      await expect(statusMessage(admin, `Template "${templateName}" retired. Rooms that use it keep it.`)).toBeVisible();
      retired = true;
      await expect(row).toContainText('Retired');
      await expect(row.getByRole('cell').nth(2)).toHaveText('1');

      await instructor.reload();
      await waitForEntryPage(instructor, urls.toolUrl, roomName);
      await expect(instructor.getByRole('main')).toContainText(templateName);
      await backToChannel(instructor);
      await openCreateRoomForm(instructor);
      await expect(roomModeGroup(instructor).getByRole('radio', { name: 'Interactive room' })).toBeVisible();
      await expect(instructor.getByRole('radio', { name: templateName, exact: true })).toHaveCount(0);
    } finally {
      // A live template would be one more mode choice for every later test (and no single-mode account).
      if (!retired) await restoreOnFailure(testInfo, `template ${templateName}`, () => retireTemplateByName(admin, templateName));
    }
  });

  test('the administrator maps a custom LTI role to moderator; a user launching with it becomes moderator', async ({ newUserContext, urls }, testInfo) => {
    const [admin, tutor] = await Promise.all([launchAs(newUserContext, urls, ADMINISTRATOR), newUserContext().then((context) => context.newPage())]);
    const before = await roleOverrides(admin);
    expect(before.map((o) => o.ltiRole), 'precondition: the role is not mapped yet').not.toContain(TUTOR_ROLE);

    // Unmapped, the role grants nothing: a participant.
    await launchWithRoles(tutor, urls, CUSTOM_ROLE_USER, [TUTOR_ROLE]);
    await expect(tutor.getByTestId('channel-role')).toHaveAttribute('data-role', 'participant');

    let restored = false;
    try {
      await openAdministration(admin);
      await openAdminTab(admin, 'Role mapping');
      await expect(admin.getByTestId('default-role-mapping')).toBeVisible();
      const rows = admin.getByTestId('role-override');
      const count = await rows.count();
      await admin.getByRole('button', { name: 'Add override' }).click();
      await expect(rows).toHaveCount(count + 1);
      const row = rows.nth(count);
      await expect(row.getByLabel('LTI role')).toBeFocused();
      await row.getByLabel('LTI role').fill(TUTOR_ROLE);
      await row.getByLabel('Channel role').selectOption('moderator');
      const saved = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Save role mapping' }), 'PUT', '/api/admin/role-mapping');
      expect(saved.status(), await saved.text()).toBe(200);
      await expect(statusMessage(admin, 'Role mapping saved')).toBeVisible();
      expect(await roleOverrides(admin)).toEqual([...before, { ltiRole: TUTOR_ROLE, channelRole: 'moderator' }]);

      // From the next launch on, the role makes a moderator: no "Create a room" (a manager's).
      await launchWithRoles(tutor, urls, CUSTOM_ROLE_USER, [TUTOR_ROLE]);
      await expect(tutor.getByTestId('channel-role')).toHaveAttribute('data-role', 'moderator');
      await expect(tutor.getByTestId('channel-role')).toHaveText('Moderator');
      await expect(tutor.getByRole('link', { name: 'Create a room' })).toHaveCount(0);

      // Put the mapping back: remove this row, save.
      const ours = await overrideRowIndex(admin, TUTOR_ROLE);
      await rows.nth(ours).getByRole('button', { name: /^Remove/ }).click();
      await expect(rows).toHaveCount(count);
      const removed = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Save role mapping' }), 'PUT', '/api/admin/role-mapping');
      expect(removed.status(), await removed.text()).toBe(200);
      await expect(statusMessage(admin, 'Role mapping saved')).toBeVisible();
      restored = true;
      expect(await roleOverrides(admin)).toEqual(before);

      await launchWithRoles(tutor, urls, CUSTOM_ROLE_USER, [TUTOR_ROLE]);
      await expect(tutor.getByTestId('channel-role')).toHaveAttribute('data-role', 'participant');
    } finally {
      if (!restored) await restoreOnFailure(testInfo, 'the role mapping', () => restoreRoleOverrides(admin, before));
    }
  });

  test('the administrator reads the recent launches: their own launch, opened, with its role and how it reached the browser', async ({ newUserContext, urls }) => {
    const admin = await launchAs(newUserContext, urls, ADMINISTRATOR);
    await openAdministration(admin);
    await openAdminTab(admin, 'Recent launches');
    const newest = admin.getByTestId('recent-launch').first();
    await expect(newest).toHaveAttribute('data-outcome', 'accepted');
    await expect(newest).toContainText('Opened');
    await expect(newest).toContainText(`${ADMINISTRATOR} · Manager · Course link · by its cookie`);
  });

  test('a non-administrator sees no Administration link, is told so on /admin, and gets 403 from every /api/admin endpoint', async ({
    newUserContext,
    urls,
  }) => {
    const [admin, instructor] = await Promise.all([launchAs(newUserContext, urls, ADMINISTRATOR), launchAs(newUserContext, urls, INSTRUCTOR)]);
    // Same page, both loaded (/api/me answered: the role is shown): only the administrator has the link.
    await expect(admin.getByTestId('channel-role')).toHaveAttribute('data-role', 'manager');
    await expect(administrationLink(admin)).toBeVisible();
    await expect(instructor.getByTestId('channel-role')).toHaveAttribute('data-role', 'manager');
    await expect(instructor.getByText(`Signed in as ${INSTRUCTOR}`)).toBeVisible();
    await expect(administrationLink(instructor)).toHaveCount(0);
    await expect(instructor.getByRole('link', { name: 'Administration' })).toHaveCount(0);

    for (const path of ['/admin', '/admin/jitsi']) {
      await instructor.goto(`${urls.toolUrl}${path}`);
      await expect(instructor.getByRole('heading', { level: 1 })).toHaveText('Administration');
      await expect(instructor.getByText(NOT_ADMINISTRATOR_MESSAGE)).toBeVisible();
      await expect(instructor.getByRole('tablist')).toHaveCount(0);
      await expect(administrationLink(instructor)).toHaveCount(0);
    }

    // Endpoint by endpoint, with bodies the administrator could send and ids that exist.
    const platformId = (await getJson<{ current: { id: string } }>(admin, '/api/admin/platforms')).current.id;
    const settings = await accountSettings(admin);
    const templateBody = {
      name: uniqueName('Forbidden template'),
      baseMode: 'panel',
      features: {
        chat: true, privateChat: false, screenSharing: true, raiseHand: true, reactions: true, polls: false, breakoutRooms: false,
        recording: false, lobby: false, stageAccessDefault: 'request', cameraOnCap: 2, totalCap: 10,
      },
    };
    const templateId = 'no-such-template';
    const readable = ['/api/admin/platforms', '/api/admin/settings', '/api/admin/templates', '/api/admin/role-mapping', '/api/admin/jitsi', '/api/admin/audit'];
    const stateBefore = await Promise.all(readable.map((path) => getJson<unknown>(admin, path)));

    const endpoints: { method: string; path: string; body?: unknown }[] = [
      { method: 'GET', path: '/api/admin/platforms' },
      { method: 'GET', path: '/api/admin/launches' },
      { method: 'POST', path: `/api/admin/platforms/${encodeURIComponent(platformId)}/activate` },
      { method: 'POST', path: `/api/admin/platforms/${encodeURIComponent(platformId)}/deactivate` },
      { method: 'GET', path: '/api/admin/settings' },
      { method: 'PUT', path: '/api/admin/settings', body: { ...settings, enabledModes: ['panel'], defaultMode: 'panel' } },
      { method: 'GET', path: '/api/admin/templates' },
      { method: 'POST', path: '/api/admin/templates', body: templateBody },
      { method: 'PUT', path: `/api/admin/templates/${templateId}`, body: templateBody },
      { method: 'POST', path: `/api/admin/templates/${templateId}/retire` },
      { method: 'POST', path: `/api/admin/templates/${templateId}/reinstate` },
      { method: 'GET', path: '/api/admin/role-mapping' },
      { method: 'PUT', path: '/api/admin/role-mapping', body: { overrides: [{ ltiRole: TUTOR_ROLE, channelRole: 'manager' }] } },
      { method: 'GET', path: '/api/admin/jitsi' },
      { method: 'PUT', path: '/api/admin/jitsi', body: { kind: 'self-hosted', domain: '127.0.0.1:9', appId: 'rooms', appSecret: 'forbidden-secret-0123456789' } },
      { method: 'POST', path: '/api/admin/jitsi/test' },
      { method: 'GET', path: '/api/admin/audit' },
    ];
    const answers: string[] = [];
    for (const endpoint of endpoints) {
      const answer = await callApi(instructor, endpoint.method, endpoint.path, endpoint.body);
      answers.push(`${endpoint.method} ${endpoint.path} -> ${answer.status}${answer.status === 403 ? '' : ` ${answer.text.slice(0, 200)}`}`);
    }
    expect(answers).toEqual(endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path} -> 403`));

    // Nothing was written, not even to the audit log.
    const stateAfter = await Promise.all(readable.map((path) => getJson<unknown>(admin, path)));
    expect(stateAfter).toEqual(stateBefore);
  });

  test('secrets never reach a page: a self-hosted Jitsi app secret is write-only', async ({ newUserContext, urls }, testInfo) => {
    const secret = `e2e-app-secret-${randomBytes(16).toString('hex')}`;
    const admin = await launchAs(newUserContext, urls, ADMINISTRATOR);
    const toolOrigin = new URL(urls.toolUrl).origin;
    // Every response of the tool's origin this page receives, bodies read as they arrive.
    const bodies: Promise<{ url: string; text: string | null }>[] = [];
    admin.on('response', (response) => {
      if (new URL(response.url()).origin !== toolOrigin) return;
      const url = `${response.request().method()} ${response.url()}`;
      bodies.push(response.text().then((text) => ({ url, text }), () => ({ url, text: null })));
    });

    let restored = false;
    try {
      await openAdministration(admin);
      await openAdminTab(admin, 'Jitsi');
      const deployment = admin.getByRole('group', { name: 'Deployment' });
      await deployment.getByRole('radio', { name: 'Self-hosted with token authentication' }).check();
      // A host name (the only kind of Jitsi domain accepted) that never resolves (RFC 2606 .invalid).
      await admin.getByLabel('Domain').fill('jitsi.invalid:9');
      await admin.getByLabel('App id').fill('rooms');
      await admin.getByLabel('App secret').fill(secret);
      const saved = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Save Jitsi settings' }), 'PUT', '/api/admin/jitsi');
      expect(saved.status(), await saved.text()).toBe(200);
      await expect(statusMessage(admin, 'Jitsi settings saved')).toBeVisible();
      await expect(admin.getByText('Meetings currently use jitsi.invalid:9')).toBeVisible();
      await expect(admin.getByLabel('App secret')).toHaveValue('');

      // The server checks the saved deployment: the host does not exist; the token is well formed.
      const tested = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Test connection' }), 'POST', '/api/admin/jitsi/test');
      expect(tested.status(), await tested.text()).toBe(200);
      const checks = admin.getByTestId('jitsi-check');
      await expect(checks).toHaveCount(2);
      await expect(checks.filter({ hasText: 'external_api.js' })).toHaveAttribute('data-ok', 'false');
      await expect(checks.filter({ hasText: 'token' })).toHaveAttribute('data-ok', 'true');

      // Reloaded: the deployment is shown, the secret is not (the field is empty, its hint says one is kept).
      await admin.reload();
      await expect(admin.getByRole('tab', { name: 'Jitsi', exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(admin.getByRole('tabpanel').getByText(/^Loading/)).toHaveCount(0);
      await expect(deployment.getByRole('radio', { name: 'Self-hosted with token authentication' })).toBeChecked();
      await expect(admin.getByLabel('Domain')).toHaveValue('jitsi.invalid:9');
      await expect(admin.getByLabel('App id')).toHaveValue('rooms');
      await expect(admin.getByLabel('App secret')).toHaveValue('');
      await expect(admin.getByLabel('App secret')).toHaveAccessibleDescription(/A secret is stored; it is never shown/);
      expect(await admin.content(), 'the Jitsi tab after a reload').not.toContain(secret);

      // The audit log records that the secret changed, not what it is.
      await openAdminTab(admin, 'Audit log');
      await expect(admin.getByRole('tabpanel')).toContainText('(replaced)');
      expect(await admin.content(), 'the audit log tab').not.toContain(secret);
      expect(await admin.evaluate(() => JSON.stringify({ ...window.sessionStorage }) + JSON.stringify({ ...window.localStorage })), 'web storage').not.toContain(secret);

      const received = await Promise.all(bodies);
      const apiBodies = received.filter((body) => new URL(body.url.split(' ')[1]).pathname.startsWith('/api/'));
      expect(apiBodies.map((body) => body.url), 'the API answers were seen').toEqual(
        expect.arrayContaining([`GET ${urls.toolUrl}/api/admin/jitsi`, `PUT ${urls.toolUrl}/api/admin/jitsi`, `GET ${urls.toolUrl}/api/admin/audit`]),
      );
      expect(apiBodies.filter((body) => body.text === null).map((body) => body.url), 'API answers whose body could not be read').toEqual([]);
      expect(received.filter((body) => body.text?.includes(secret)).map((body) => body.url), 'responses containing the secret').toEqual([]);

      // Nor on the server's disk in plain text: its log and (with SQLite) its database.
      const onDisk = serverFilesContaining(secret);
      testInfo.annotations.push({ type: 'files searched for the secret', description: onDisk.searched.join('\n') });
      expect(onDisk.hits, 'server files holding the secret in plain text').toEqual([]);

      // Back to the public deployment.
      await openAdminTab(admin, 'Jitsi');
      await deployment.getByRole('radio', { name: 'Public meet.jit.si (trial only)' }).check();
      await expect(admin.getByLabel('App secret')).toHaveCount(0);
      const reset = await clickAndWaitForApi(admin, admin.getByRole('button', { name: 'Save Jitsi settings' }), 'PUT', '/api/admin/jitsi');
      expect(reset.status(), await reset.text()).toBe(200);
      await expect(statusMessage(admin, 'Jitsi settings saved')).toBeVisible();
      restored = true;
      await expect(admin.getByTestId('jitsi-warning')).toBeVisible();
      await expect(admin.getByTestId('jitsi-trial-limits')).toContainText('they end after about 5 minutes, and creating a room there asks for a login');
      // The self-hosted values are kept until replaced: choosing self-hosted again shows them, and saving needs no secret.
      expect(await getJson(admin, '/api/admin/jitsi')).toMatchObject({ kind: 'none', credentialsFor: 'self-hosted', secretSet: true });
      await deployment.getByRole('radio', { name: 'Self-hosted with token authentication' }).check();
      await expect(admin.getByLabel('Domain')).toHaveValue('jitsi.invalid:9');
      await deployment.getByRole('radio', { name: 'Public meet.jit.si (trial only)' }).check();
    } finally {
      if (!restored) await restoreOnFailure(testInfo, 'the public Jitsi deployment', () => restorePublicJitsi(admin));
    }
  });
});

test.describe('accessibility of the administration pages (axe-core, WCAG 2 A/AA): no serious or critical violations', () => {
  test('every administration tab as it opens', async ({ newUserContext, urls }, testInfo) => {
    const admin = await launchAs(newUserContext, urls, ADMINISTRATOR);
    await openAdministration(admin);
    for (const tab of ADMIN_TABS) {
      await openAdminTab(admin, tab.label);
      await expectNoSeriousAxeViolations(admin, testInfo, `${tab.label} tab`);
    }
  });

  test('the admin forms in their other states (errors, a new row, each deployment kind) and the page a non-administrator gets', async ({
    newUserContext,
    urls,
  }, testInfo) => {
    const [admin, instructor] = await Promise.all([launchAs(newUserContext, urls, ADMINISTRATOR), launchAs(newUserContext, urls, INSTRUCTOR)]);
    await openAdministration(admin);
    // Nothing is saved here.
    await openAdminTab(admin, 'Templates');
    await admin.getByRole('button', { name: 'Create template' }).click();
    await expect(admin.getByTestId('template-form').getByText('Name is required').first()).toBeVisible();
    await expectNoSeriousAxeViolations(admin, testInfo, 'Templates tab, new template with errors');

    await openAdminTab(admin, 'Role mapping');
    await admin.getByRole('button', { name: 'Add override' }).click();
    await expect(admin.getByTestId('role-override').last().getByLabel('LTI role')).toBeFocused();
    await expectNoSeriousAxeViolations(admin, testInfo, 'Role mapping tab, with a new override row');

    await openAdminTab(admin, 'Jitsi');
    await admin.getByRole('radio', { name: 'Self-hosted with token authentication' }).check();
    await expect(admin.getByLabel('App secret')).toBeVisible();
    await expectNoSeriousAxeViolations(admin, testInfo, 'Jitsi tab, self-hosted fields');
    await admin.getByRole('radio', { name: '8x8 JaaS' }).check();
    await expect(admin.getByLabel('Private key (PEM)')).toBeVisible();
    await expectNoSeriousAxeViolations(admin, testInfo, 'Jitsi tab, JaaS fields');

    await instructor.goto(`${urls.toolUrl}/admin`);
    await expect(instructor.getByText(NOT_ADMINISTRATOR_MESSAGE)).toBeVisible();
    await expectNoSeriousAxeViolations(instructor, testInfo, 'Administration for a non-administrator');
  });
});

/** Index of the override row whose LTI role field holds `ltiRole`. */
async function overrideRowIndex(page: Page, ltiRole: string): Promise<number> {
  const values = await page.getByTestId('role-override').getByLabel('LTI role').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const index = values.indexOf(ltiRole);
  expect(index, `an override row for ${ltiRole} among ${JSON.stringify(values)}`).toBeGreaterThanOrEqual(0);
  return index;
}
