import { COURSE_TITLE, DEMO_LAUNCHES, expect, launchFromLms, requestsCarryingLaunchToken, test } from './support/fixtures';

test.describe('launch from the Dev LMS course page', () => {
  for (const launch of DEMO_LAUNCHES) {
    test(`${launch.who} (${launch.name}) lands on the channel page as ${launch.role}`, async ({ page, urls, sentRequests }) => {
      const launchResponse = page.waitForResponse((response) => response.url() === `${urls.toolUrl}/lti/launch` && response.request().method() === 'POST');
      await launchFromLms(page, urls, launch.name);

      // The tool hands the launch token over in the fragment of its redirect to the channel page.
      const location = (await launchResponse).headers()['location'] ?? '';
      expect(location, 'redirect after the launch').toMatch(/\/channels\/[^/#?]+#ltik=./);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
      const role = page.getByTestId('channel-role');
      await expect(role).toHaveAttribute('data-role', launch.role);
      await expect(role).toHaveText(launch.roleLabel);
      await expect(page.getByText(`Signed in as ${launch.name}`)).toBeVisible();

      // The web app takes the launch token out of the address bar as soon as it loads.
      await expect.poll(() => page.url()).not.toContain('ltik');
      expect(await page.evaluate(() => window.location.href)).not.toContain('ltik');

      expect(sentRequests.length, 'requests were recorded').toBeGreaterThan(0);
      expect(requestsCarryingLaunchToken(sentRequests), 'requests that sent the launch token to a server').toEqual([]);
    });
  }
});
