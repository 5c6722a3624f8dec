import { createServer, Server } from 'node:http';
import type { Page } from '@playwright/test';
import { ADMINISTRATOR, launchAs, openAdministration } from './support/admin';
import { expect, test } from './support/fixtures';

/**
 * SPEC "Security of the edge": the tool may be framed only by the registered LMSs' origins
 * (CSP frame-ancestors). A course page frames a whole launch, as an LMS shows a tool: the Dev
 * LMS's own (its origin is the registered login endpoint's), or the same page served by
 * another loopback server, an origin no registration or launch named. Chromium either
 * renders the tool inside the page or refuses to.
 */
const STUDENT_ID = 'student01';
const COURSE_ID = 'demo-course-101';

/** The Dev LMS course page that launches the tool in an iframe. */
const embeddedCoursePage = (lmsUrl: string) => `${lmsUrl}/courses/${COURSE_ID}/embedded/${STUDENT_ID}`;

/** Another origin serving the same course page: a copy of the Dev LMS's, from a server of its own. */
async function startStrangerSite(lmsUrl: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    void fetch(embeddedCoursePage(lmsUrl)).then(async (page) => res.writeHead(200, { 'content-type': 'text/html' }).end(await page.text()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The launch ran to the tool's channel page inside the frame. */
async function expectToolRendered(page: Page, toolUrl: string): Promise<void> {
  const frame = page.frameLocator('iframe[title="LTI Rooms"]');
  await expect(frame.getByTestId('channel-role')).toBeVisible();
  // The channel's address is set by the web app's router after the page renders: wait for it, do not sample it.
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${toolUrl}/channels/`))).toBe(true);
}

/** Chromium refused to render the tool's page in the frame: an error page instead, and the refusal in the console. */
async function expectToolRefused(page: Page, cspViolations: string[]): Promise<void> {
  await expect.poll(() => cspViolations.some((v) => /frame-ancestors/.test(v))).toBe(true);
  // The tool's frame (the course page also holds the platform's storage frame).
  const toolFrame = await page.locator('iframe[title="LTI Rooms"]').elementHandle();
  await expect.poll(async () => (await toolFrame?.contentFrame())?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe[title="LTI Rooms"]').getByTestId('channel-role')).toHaveCount(0);
  // The refusal was the point of the test; any other would still fail it.
  const others = cspViolations.filter((v) => !/frame-ancestors/.test(v));
  cspViolations.splice(0, cspViolations.length, ...others);
}

test.describe('framing', () => {
  test.describe.configure({ timeout: 60_000 });

  test('the Dev LMS course page (its registered origin) shows a launch of the tool inside it', async ({ page, urls }) => {
    await page.goto(embeddedCoursePage(urls.lmsUrl));
    await expectToolRendered(page, urls.toolUrl);
  });

  test('a page of any other origin gets a refusal from the browser, until an administrator allows that origin', async ({ page, urls, newUserContext, cspViolations }) => {
    const stranger = await startStrangerSite(urls.lmsUrl);
    try {
      await page.goto(`${stranger.origin}/course`);
      await expectToolRefused(page, cspViolations);

      // The LMS is also reached at that address (a vanity domain): its administrator allows it on the Platforms tab.
      const admin = await launchAs(newUserContext, urls, ADMINISTRATOR);
      await openAdministration(admin);
      await admin.getByRole('textbox', { name: 'Origin' }).fill(`${stranger.origin}/course/view.php?id=7`);
      await admin.getByRole('button', { name: 'Allow this origin' }).click();
      await expect(admin.getByTestId('frame-origins')).toContainText(stranger.origin);
      await expect(admin.getByRole('status')).toContainText(`${stranger.origin} may now show LTI Rooms.`);
      try {
        await page.goto(`${stranger.origin}/course`);
        await expectToolRendered(page, urls.toolUrl);
      } finally {
        await admin.getByRole('button', { name: `Remove ${stranger.origin}` }).click();
        await expect(admin.getByTestId('frame-origins')).not.toContainText(stranger.origin);
      }
    } finally {
      await stranger.close();
    }
  });
});
