import type { Page, TestInfo } from '@playwright/test';
import { callApi, getJson } from './support/admin';
import { seriousAccessibilityViolations } from './support/axe';
import { englishLeftIn, type WalkLanguage, WALK_LANGUAGES } from './support/catalog-texts';
import { embeddedMeeting, useFakeJitsi } from './support/fake-jitsi';
import { expect, test } from './support/fixtures';
import { expectDocumentLanguage, keepScreenshot, launchInLanguage, overflowingElements, visibleTexts } from './support/languages';
import { walkAdministration, walkDeepLinking, walkInstructor, walkStudent, walkWithoutSession, type PageReader } from './support/page-walk';
import { BROWSER_ZONE, uniqueRoomName } from './support/rooms';

test.use({ timezoneId: BROWSER_ZONE, viewport: { width: 1280, height: 800 } });
// Each language walks about thirty pages, as five people.
test.describe.configure({ timeout: 300_000 });

/**
 * Reads a page in `language`: the document says its language and direction, no text of the
 * English catalog is left on it, axe finds nothing serious (where asked), a right-to-left page
 * holds at a laptop's and a phone's size, and a screenshot is kept.
 */
function readerIn(language: WalkLanguage, testInfo: TestInfo): PageReader {
  return async (page: Page, name: string) => {
    await expectDocumentLanguage(page, language.lang, language.dir);
    expect(englishLeftIn(await visibleTexts(page), language.lang), `English left on the ${name} page in ${language.lang}`).toEqual([]);
    if (language.axe) {
      const violations = await seriousAccessibilityViolations(page, testInfo, `${language.lang}-${name}`);
      expect(violations, `serious/critical axe violations on the ${name} page in ${language.lang}:\n${violations.join('\n')}`).toEqual([]);
    }
    if (language.dir === 'rtl') {
      for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        await page.setViewportSize(size);
        expect(await overflowingElements(page), `what does not fit on the ${name} page in ${language.lang} at ${size.width}×${size.height}`).toEqual([]);
      }
    }
    await keepScreenshot(page, `${language.lang}-${name}`);
  };
}

for (const language of WALK_LANGUAGES) {
  const direction = language.dir === 'rtl' ? ', right to left' : '';
  test(`${language.lang}: every page of the instructor's, the student's and the administrator's flows is in ${language.lang}${direction}`, async ({ newUserContext, urls }, testInfo) => {
    const read = readerIn(language, testInfo);
    const instructor = await launchInLanguage(newUserContext, urls, 'Ada Instructor', language.lang);
    await useFakeJitsi(instructor.context());
    expect(await getJson(instructor, '/api/me')).toMatchObject({ locale: language.lang, launchLocale: language.lang });
    const rooms = await walkInstructor(instructor, urls, uniqueRoomName(`Salle ${language.lang}`), read);

    // The meeting opens in the page's language, by Jitsi's code for it.
    expect((await embeddedMeeting(instructor)).options.lang).toBe(language.jitsiLang);

    const student = await launchInLanguage(newUserContext, urls, 'Mei Chen', language.lang);
    await useFakeJitsi(student.context());
    await walkStudent(student, urls, rooms, read);
    await walkDeepLinking(newUserContext, urls, language.lang, read);

    const admin = await launchInLanguage(newUserContext, urls, 'Grace Admin', language.lang);
    await walkAdministration(admin, urls, read);

    await walkWithoutSession(newUserContext, urls, { locale: language.browserLocale }, read);
  });
}

test('the Language menu switches the page, and the choice is kept for the next launch until the user goes back to the course language', async ({ newUserContext, urls }) => {
  const first = await launchInLanguage(newUserContext, urls, 'Kenji Tanaka', 'en-US');
  await expectDocumentLanguage(first, 'en', 'ltr');
  try {
    await first.locator('.language-menu select').selectOption('ja');
    await expectDocumentLanguage(first, 'ja', 'ltr');
    expect(englishLeftIn(await visibleTexts(first), 'ja')).toEqual([]);
    expect(await getJson(first, '/api/me')).toMatchObject({ locale: 'ja', chosenLocale: 'ja', launchLocale: 'en-US' });

    // A new launch from the same English course page: the user's choice wins.
    const again = await launchInLanguage(newUserContext, urls, 'Kenji Tanaka', 'en-US');
    await expectDocumentLanguage(again, 'ja', 'ltr');

    await again.locator('.language-menu select').selectOption('');
    await expectDocumentLanguage(again, 'en', 'ltr');
    expect(await getJson(again, '/api/me')).toMatchObject({ locale: 'en', chosenLocale: null });
  } finally {
    await callApi(first, 'PUT', '/api/me/locale', { locale: null });
  }
});
