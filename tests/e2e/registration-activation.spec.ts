import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_OPERATOR_SECRET, SECOND_LMS_PORT_ENV } from './support/e2e-state';
import { expect, launchFromLms, test } from './support/fixtures';
import { startTsx, StartedProcess, stopProcessGroup, waitFor } from './support/processes';

/**
 * A second Dev LMS registers with the tool twice: its first registration (a new issuer) is
 * activated at once (the suite runs with LTI_AUTO_ACTIVATE), the second waits for an
 * operator, and the LMS launches through it from then on. Its administrator's launch names
 * the registration; the operator activates it on /operator; the next launch works.
 */
const ADMINISTRATOR = 'Grace Admin';
const STUDENT = 'Sam Student';

let lms: StartedProcess;
let lmsUrl: string;
let logDir: string;

async function clientIdShownBy(url: string): Promise<string | undefined> {
  return /<dt>Client id<\/dt><dd><code>([^<]+)<\/code>/.exec(await (await fetch(`${url}/`)).text())?.[1];
}

test.beforeAll(async () => {
  const port = process.env[SECOND_LMS_PORT_ENV];
  if (!port) throw new Error(`${SECOND_LMS_PORT_ENV} is not set: run the suite with \`npx playwright test\``);
  lmsUrl = `http://127.0.0.1:${port}`;
  logDir = mkdtempSync(join(tmpdir(), 'lti-rooms-e2e-second-lms-'));
  lms = startTsx({
    name: 'second-dev-lms', root: process.cwd(), entry: 'tools/dev-lms/src/main.ts', logDir,
    env: { ...process.env, DEV_LMS_PORT: port, TOOL_URL: process.env.E2E_TOOL_URL, DEV_LMS_DATA_DIR: join(logDir, 'data') },
  });
  await waitFor('the second Dev LMS to register', async () => Boolean(await clientIdShownBy(lmsUrl)), { timeoutMs: 60_000, intervalMs: 250, processes: [lms] });
  const first = await clientIdShownBy(lmsUrl);
  const again = await fetch(`${lmsUrl}/admin/register`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  expect(again.status).toBe(303);
  expect(await clientIdShownBy(lmsUrl)).not.toBe(first);
});

test.afterAll(async () => {
  if (lms?.child.pid) await stopProcessGroup(lms.child.pid);
  if (logDir) rmSync(logDir, { recursive: true, force: true });
});

test.describe.configure({ mode: 'serial' });

test("an LMS administrator's first launch names the registration to activate; a student's does not", async ({ page, urls }) => {
  const clientId = (await clientIdShownBy(lmsUrl))!;
  await page.goto(`${lmsUrl}/`);
  await page.getByRole('link', { name: `Launch as ${ADMINISTRATOR}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LTI Rooms is not activated for this LMS yet');
  expect(new URL(page.url()).origin).toBe(new URL(urls.toolUrl).origin);
  const registration = page.getByRole('region', { name: 'This registration waits for activation' });
  await expect(registration).toContainText(clientId);
  await expect(registration).toContainText(lmsUrl);
  await expect(page.getByTestId('activate-command')).toHaveText(/^npm run platforms -- activate [0-9a-f-]{36}$/);

  await page.goto(`${lmsUrl}/`);
  await page.getByRole('link', { name: `Launch as ${STUDENT}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LTI Rooms is not activated for this LMS yet');
  await expect(page.getByText('Error code: PLATFORM_INACTIVE')).toBeVisible();
  await expect(page.getByTestId('inactive-registration')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(clientId);
});

test('the operator activates it on /operator with the secret; the next launch works', async ({ page, urls }) => {
  const clientId = (await clientIdShownBy(lmsUrl))!;
  await page.goto(`${urls.toolUrl}/operator`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operator: activate registrations');
  await page.getByLabel('Operator secret').fill('not-the-operator-secret');
  await page.getByRole('button', { name: 'Show registrations' }).click();
  await expect(page.getByText('That is not the operator secret.')).toBeVisible();

  await page.getByLabel('Operator secret').fill(E2E_OPERATOR_SECRET);
  await page.getByRole('button', { name: 'Show registrations' }).click();
  const waiting = page.getByTestId('inactive-registrations').getByRole('listitem').filter({ hasText: clientId });
  await expect(waiting).toContainText(lmsUrl);
  await expect(waiting).toContainText('Waiting for approval since');
  await waiting.getByRole('button', { name: /^Activate/ }).click();
  await expect(page.getByRole('status')).toContainText(`client id ${clientId}) is now active`);
  await expect(page.getByTestId('inactive-registrations').getByRole('listitem').filter({ hasText: clientId })).toHaveCount(0);

  await launchFromLms(page, { toolUrl: urls.toolUrl, lmsUrl }, ADMINISTRATOR);
});
