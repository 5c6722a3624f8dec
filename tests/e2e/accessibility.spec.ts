import { seriousAccessibilityViolations } from './support/axe';
import { COURSE_TITLE, expect, launchFromLms, test } from './support/fixtures';

test.describe('accessibility (axe-core, WCAG 2 A/AA): no serious or critical violations', () => {
  test('channel page after an instructor launch', async ({ page, urls }, testInfo) => {
    await launchFromLms(page, urls, 'Ada Instructor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
    await expect(page.getByTestId('channel-role')).toHaveAttribute('data-role', 'manager');

    const violations = await seriousAccessibilityViolations(page, testInfo, 'channel-page');
    expect(violations.length, `serious/critical axe violations on the channel page:\n${violations.join('\n')}`).toBe(0);
  });

  test('launch error page for an unknown LMS (UNKNOWN_PLATFORM)', async ({ page, urls }, testInfo) => {
    const login = new URL('/lti/login', urls.toolUrl);
    login.searchParams.set('iss', 'http://unknown.example');
    login.searchParams.set('login_hint', 'x');
    login.searchParams.set('target_link_uri', `${urls.toolUrl}/lti/launch`);

    const response = await page.goto(login.toString());
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This LMS is not registered with LTI Rooms');
    await expect(page.getByText('Error code: UNKNOWN_PLATFORM')).toBeVisible();

    const violations = await seriousAccessibilityViolations(page, testInfo, 'launch-error-page');
    expect(violations.length, `serious/critical axe violations on the launch error page:\n${violations.join('\n')}`).toBe(0);
  });
});
