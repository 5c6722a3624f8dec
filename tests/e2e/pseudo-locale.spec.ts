import type { BrowserContext, Page } from '@playwright/test';
import { useFakeJitsi } from './support/fake-jitsi';
import { COURSE_TITLE, expect, test } from './support/fixtures';
import { overflowingElements, visibleTexts } from './support/languages';
import { walkAdministration, walkDeepLinking, walkInstructor, walkStudent, walkWithoutSession, type PageReader } from './support/page-walk';
import { BROWSER_ZONE, uniqueRoomName } from './support/rooms';

test.use({ timezoneId: BROWSER_ZONE });
test.describe.configure({ timeout: 300_000 });

/** The pseudo locale's marks (apps/web/src/i18n/pseudo-locale.ts): brackets, and accented letters. */
const FROM_A_CATALOG = /[⟦⟧áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ]/;

/** Words of dates and times as Intl writes them in English (the pseudo locale formats dates as English does). */
const DATE_WORDS = new Set(
  [
    ...Array.from({ length: 12 }, (_, month) => [
      new Date(2026, month, 1).toLocaleString('en', { month: 'short' }),
      new Date(2026, month, 1).toLocaleString('en', { month: 'long' }),
    ]).flat(),
    ...Array.from({ length: 7 }, (_, day) => [
      new Date(2026, 10, 1 + day).toLocaleString('en', { weekday: 'short' }),
      new Date(2026, 10, 1 + day).toLocaleString('en', { weekday: 'long' }),
    ]).flat(),
    'AM', 'PM', 'UTC', 'GMT',
  ].map((word) => word.toLowerCase()),
);

/** Data, not words of the tool: what people typed or the LMS sent, numbers, codes, addresses, dates. */
function isData(text: string, data: readonly string[]): boolean {
  if (data.some((value) => text === value || text.includes(value))) return true;
  // Rooms and templates other browser tests created: each name ends in a unique hex tag (uniqueRoomName, uniqueName).
  if (/ [0-9a-f]{8}$/.test(text)) return true;
  if (/^[\d\s\p{P}\p{S}]*$/u.test(text)) return true;
  if (/^[A-Z][A-Z0-9_]+$/.test(text)) return true; // a code the server sent, shown as such
  if (/^(https?:\/\/|\/)\S*$/.test(text)) return true; // an address
  if (/^(?=.*[\d_-])[\w.:/@-]+$/.test(text)) return true; // an identifier (client id, deployment, key id)
  const words = text.replace(/[\d\s\p{P}\p{S}]+/gu, ' ').trim().split(' ').filter(Boolean);
  return /\d/.test(text) && words.every((word) => DATE_WORDS.has(word.toLowerCase()) || /^[A-Z][a-z]+\/[A-Z]/.test(word));
}

function pseudoReader(data: readonly string[]): PageReader {
  return async (page: Page, name: string) => {
    const literal = (await visibleTexts(page)).filter((text) => !FROM_A_CATALOG.test(text) && !isData(text, data));
    expect(literal, `text on the ${name} page that did not come from a catalog`).toEqual([]);
    for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      expect(await overflowingElements(page), `what does not fit on the ${name} page in the pseudo locale at ${size.width}×${size.height}`).toEqual([]);
    }
  };
}

/** A tab of its own in the pseudo locale, launched from the Dev LMS as `userName`. */
async function launchInPseudoLocale(context: BrowserContext, lmsUrl: string, toolUrl: string, userName: string): Promise<Page> {
  await context.addInitScript(() => window.sessionStorage.setItem('lti-rooms-pseudo-locale', 'on'));
  await useFakeJitsi(context);
  const page = await context.newPage();
  await page.goto(`${lmsUrl}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
  await page.getByRole('link', { name: `Launch as ${userName}`, exact: true }).click();
  await page.waitForURL((url) => url.origin === new URL(toolUrl).origin && /^\/channels\/[^/]+$/.test(url.pathname));
  await expect(page.getByTestId('channel-role')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  return page;
}

test('pseudo-localization: every page shows only catalog text (accented, 40% longer, bracketed), and nothing is clipped or overflows at 1280×800 and 390×844', async ({ newUserContext, urls }) => {
  const roomName = uniqueRoomName('Pseudo room');
  // What people typed or the LMS sent, and LTI's own role names, which stay as LTI spells them.
  const data = [roomName, COURSE_TITLE, 'DEMO-101', 'LTI Rooms', 'Ada Instructor', 'Mei Chen', 'Grace Admin', 'Dev LMS', 'Demo LMS', 'meet.jit.si', '@dev-lms.example', 'Learner', 'Member'];
  const read = pseudoReader(data);

  const instructor = await launchInPseudoLocale(await newUserContext(), urls.lmsUrl, urls.toolUrl, 'Ada Instructor');
  const rooms = await walkInstructor(instructor, urls, roomName, read);
  const student = await launchInPseudoLocale(await newUserContext(), urls.lmsUrl, urls.toolUrl, 'Mei Chen');
  await walkStudent(student, urls, rooms, read);
  await walkDeepLinking(newUserContext, urls, 'en', read, async (context) => {
    await context.addInitScript(() => window.sessionStorage.setItem('lti-rooms-pseudo-locale', 'on'));
  });
  const admin = await launchInPseudoLocale(await newUserContext(), urls.lmsUrl, urls.toolUrl, 'Grace Admin');
  await walkAdministration(admin, urls, read);

  const stranger = await newUserContext();
  await stranger.addInitScript(() => window.sessionStorage.setItem('lti-rooms-pseudo-locale', 'on'));
  await walkWithoutSession(async () => stranger, urls, {}, read);
});
