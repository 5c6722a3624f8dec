import { expect, launchFromLms, test } from './support/fixtures';
test('negative: instructor is not participant', async ({ page, urls }) => {
  await launchFromLms(page, urls, 'Ada Instructor');
  await expect(page.getByTestId('channel-role')).toHaveAttribute('data-role', 'participant', { timeout: 2000 });
});
test('negative: blocked request', async ({ page, urls, blockedRequests }) => {
  await page.goto(urls.lmsUrl);
  await page.evaluate(() => fetch('https://example.com/x').catch(() => 'blocked'));
  expect(blockedRequests).toEqual([]);
});
