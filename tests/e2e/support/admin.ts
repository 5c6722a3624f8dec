import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Locator, Page, Response, TestInfo } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { readState, STATE_FILE_ENV } from './e2e-state';
import { COURSE_TITLE, expect } from './fixtures';
import { launchInNewContext } from './rooms';

type Urls = { toolUrl: string; lmsUrl: string };
type NewUserContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/** The Dev LMS's institution Administrator (also an Instructor) and the course's instructor. */
export const ADMINISTRATOR = 'Grace Admin';
export const INSTRUCTOR = 'Ada Instructor';

/** What a non-administrator is told on /admin (apps/web/src/pages/admin/AdminResourceView.tsx). */
export const NOT_ADMINISTRATOR_MESSAGE = "You are not an administrator of this LMS's LTI Rooms account.";

/** The administration sections, as tabs, with their addresses and their panel's heading (/admin opens Platforms). */
export const ADMIN_TABS = [
  { label: 'Platforms', path: '/admin/platforms', heading: 'Platforms' },
  { label: 'Account settings', path: '/admin/settings', heading: 'Account settings' },
  { label: 'Templates', path: '/admin/templates', heading: 'Templates' },
  { label: 'Role mapping', path: '/admin/role-mapping', heading: 'Role mapping' },
  { label: 'Jitsi', path: '/admin/jitsi', heading: 'Jitsi' },
  { label: 'Recent launches', path: '/admin/launches', heading: 'Recent launches' },
  { label: 'Audit log', path: '/admin/audit', heading: 'Audit log' },
] as const;

export type AdminTabLabel = (typeof ADMIN_TABS)[number]['label'];

/** Unique per call: the suite shares one server and one database. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${randomBytes(4).toString('hex')}`;
}

/** A new browser context (own cookies and sessionStorage) launched from the Dev LMS as `userName`. */
export async function launchAs(newUserContext: NewUserContext, urls: Urls, userName: string): Promise<Page> {
  return launchInNewContext(newUserContext, urls, userName);
}

/** The header link, shown to administrators only, once /api/me has answered. */
export function administrationLink(page: Page): Locator {
  return page.getByRole('navigation', { name: 'LTI Rooms' }).getByRole('link', { name: 'Administration', exact: true });
}

/** From any page with the header: follow "Administration"; ends on the Platforms tab. */
export async function openAdministration(page: Page): Promise<void> {
  await administrationLink(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
  await expect(page.getByRole('tablist', { name: 'Administration' })).toBeVisible();
  await waitForAdminPanel(page, 'Platforms');
}

/** Select an administration tab and wait until its panel has loaded (its address follows). */
export async function openAdminTab(page: Page, label: AdminTabLabel): Promise<void> {
  const tab = page.getByRole('tab', { name: label, exact: true });
  await tab.click();
  await waitForAdminPanel(page, label);
}

async function waitForAdminPanel(page: Page, label: AdminTabLabel): Promise<void> {
  const section = ADMIN_TABS.find((candidate) => candidate.label === label)!;
  await expect(page.getByRole('tab', { name: label, exact: true })).toHaveAttribute('aria-selected', 'true');
  const paths = label === 'Platforms' ? ['/admin', section.path] : [section.path];
  await expect.poll(() => paths.includes(new URL(page.url()).pathname), `the address of the ${label} tab (${paths.join(' or ')})`).toBe(true);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { level: 2, name: section.heading, exact: true })).toBeVisible();
  await expect(panel.getByText(/^Loading/)).toHaveCount(0);
  // A panel that failed to load shows an alert instead of its content.
  await expect(panel.getByText(/could not be loaded/)).toHaveCount(0);
}

/** The status line a form announces after a save ("Settings saved", "Role mapping saved", ...). */
export function statusMessage(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/**
 * Clicks `button` and waits for the API call it makes (`method` on `path`) to answer; returns
 * that answer. A status line from an earlier save cannot then pass for this one.
 */
export async function clickAndWaitForApi(page: Page, button: Locator, method: string, path: string | RegExp): Promise<Response> {
  const matches = (url: string) => {
    const pathname = new URL(url).pathname;
    return typeof path === 'string' ? pathname === path : path.test(pathname);
  };
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === method && matches(candidate.url())),
    button.click(),
  ]);
  return response;
}

/** Fails with axe's own words when the page has serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page, testInfo, name);
  expect(violations, `serious/critical axe violations on ${name}:\n${violations.join('\n')}`).toEqual([]);
}

// --- The Create a Room form, as the instructor sees it -----------------------------------

/** From the channel page of a manager: open Create a Room and wait for the form. */
export async function openCreateRoomForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Create a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a Room' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
}

/** Leave Create a Room without creating anything; back on the channel page. */
export async function cancelCreateRoomForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
}

/** The group of room mode radios; absent when the account offers a single mode. */
export function roomModeGroup(page: Page): Locator {
  return page.getByRole('group', { name: 'Room mode', exact: true });
}

// --- Launching with roles of the test's choosing -------------------------------------------

/**
 * Launches as `userName` (a Dev LMS user) but with `roles` instead of the user's own: the
 * "Launch as" link's lti_message_hint (tools/dev-lms/src/message-hint.ts: base64url JSON)
 * gets a `roles` override, and the browser follows the rewritten login URL. Ends on the
 * channel page.
 */
export async function launchWithRoles(page: Page, urls: Urls, userName: string, roles: string[]): Promise<void> {
  await page.goto(`${urls.lmsUrl}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
  const href = await page.getByRole('link', { name: `Launch as ${userName}`, exact: true }).getAttribute('href');
  if (!href) throw new Error(`"Launch as ${userName}" has no href`);
  const login = new URL(href, urls.lmsUrl);
  const encoded = login.searchParams.get('lti_message_hint');
  if (!encoded) throw new Error(`"Launch as ${userName}" carries no lti_message_hint: ${href}`);
  const hint = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown>;
  expect(hint, 'the Dev LMS message hint').toMatchObject({ v: 1, type: 'rl' });
  login.searchParams.set('lti_message_hint', Buffer.from(JSON.stringify({ ...hint, roles }), 'utf8').toString('base64url'));

  await page.goto(login.toString());
  const toolOrigin = new URL(urls.toolUrl).origin;
  await page.waitForURL((url) => url.origin === toolOrigin && /^\/channels\/[^/]+$/.test(url.pathname));
  await expect(page.getByTestId('channel-role')).toBeVisible();
}

// --- The API as the page's own launch token speaks to it ----------------------------------

export interface ApiAnswer {
  status: number;
  text: string;
}

/** Where the web app keeps the tab's launch token (apps/web/src/boot/launch-token.ts). */
const LAUNCH_TOKEN_STORAGE_KEY = 'lti-rooms.ltik';

/**
 * Calls the tool's API from inside `page`, with the launch token of that tab, the way the web
 * app does (Authorization header, X-Requested-With). For checks and for putting state back.
 */
export async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body, key }) => {
      const token = window.sessionStorage.getItem(key);
      if (!token) throw new Error('this tab holds no launch token');
      const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}`, 'X-Requested-With': 'lti-rooms' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body, key: LAUNCH_TOKEN_STORAGE_KEY },
  );
}

/** GET as JSON; fails the test unless the API answers 200. */
export async function getJson<T>(page: Page, path: string): Promise<T> {
  const answer = await callApi(page, 'GET', path);
  expect(answer.status, `GET ${path}: ${answer.text}`).toBe(200);
  return JSON.parse(answer.text) as T;
}

export interface AccountSettingsSnapshot {
  enabledModes: string[];
  defaultMode: string;
  caps: Record<string, number>;
  earlyEntryMinutesDefault: number;
  hostAbsenceTimeoutMinutes: number;
  maxTimeFrameHours: number;
  licence?: unknown;
}

/** The account settings as the administrator's tab reads them (GET /api/admin/settings), without the licence. */
export async function accountSettings(adminPage: Page): Promise<AccountSettingsSnapshot> {
  const { licence: _licence, ...settings } = await getJson<AccountSettingsSnapshot>(adminPage, '/api/admin/settings');
  return settings;
}

/** Puts the account settings back as they were (PUT /api/admin/settings). */
export async function restoreAccountSettings(adminPage: Page, snapshot: AccountSettingsSnapshot): Promise<void> {
  const answer = await callApi(adminPage, 'PUT', '/api/admin/settings', snapshot);
  expect(answer.status, `restoring the account settings: ${answer.text}`).toBe(200);
}

export interface RoleOverride {
  ltiRole: string;
  channelRole: string;
}

export async function roleOverrides(adminPage: Page): Promise<RoleOverride[]> {
  return (await getJson<{ overrides: RoleOverride[] }>(adminPage, '/api/admin/role-mapping')).overrides;
}

export async function restoreRoleOverrides(adminPage: Page, overrides: RoleOverride[]): Promise<void> {
  const answer = await callApi(adminPage, 'PUT', '/api/admin/role-mapping', { overrides });
  expect(answer.status, `restoring the role mapping: ${answer.text}`).toBe(200);
}

export async function restorePublicJitsi(adminPage: Page): Promise<void> {
  const answer = await callApi(adminPage, 'PUT', '/api/admin/jitsi', { kind: 'none' });
  expect(answer.status, `restoring the public Jitsi deployment: ${answer.text}`).toBe(200);
}

export async function retireTemplateByName(adminPage: Page, name: string): Promise<void> {
  const { templates } = await getJson<{ templates: { id: string; name: string; retiredAt: string | null }[] }>(adminPage, '/api/admin/templates');
  for (const template of templates.filter((t) => t.name === name && t.retiredAt === null)) {
    const answer = await callApi(adminPage, 'POST', `/api/admin/templates/${encodeURIComponent(template.id)}/retire`);
    expect(answer.status, `retiring template ${name}: ${answer.text}`).toBe(200);
  }
}

/**
 * Runs `restore` when the test ends early (a failed step), so the shared server is left as the
 * next spec expects; a failing restore is reported without hiding the test's own error.
 */
export async function restoreOnFailure(testInfo: TestInfo, what: string, restore: () => Promise<void>): Promise<void> {
  try {
    await restore();
  } catch (error) {
    const text = `could not restore ${what}: ${(error as Error).message}`;
    testInfo.annotations.push({ type: 'cleanup failed', description: text });
    console.error(`[${testInfo.title}] ${text}`);
  }
}

// --- Where a secret might leak to on the server's machine ---------------------------------

/**
 * Files of this run's tool and Dev LMS (their logs, and the SQLite database when the run uses
 * SQLite) that contain `needle` in plain text. Returns [] when the run's temp dir is unknown.
 */
export function serverFilesContaining(needle: string): { searched: string[]; hits: string[] } {
  const stateFile = process.env[STATE_FILE_ENV];
  if (!stateFile || !existsSync(stateFile)) return { searched: [], hits: [] };
  const { tmpDir } = readState(stateFile);
  const bytes = Buffer.from(needle, 'utf8');
  const searched: string[] = [];
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile()) {
        searched.push(path);
        if (readFileSync(path).includes(bytes)) hits.push(path);
      }
    }
  };
  walk(tmpDir);
  return { searched, hits };
}
