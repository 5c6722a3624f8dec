import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { expect } from './fixtures';

type Urls = { toolUrl: string; lmsUrl: string };
type NewUserContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/**
 * A new person launching from the Dev LMS course page in `lang` (its `?lang=`, which the LMS
 * sends as the launch's locale, as a Moodle user's language preference does). Ends on the
 * channel page.
 */
export async function launchInLanguage(newUserContext: NewUserContext, urls: Urls, userName: string, lang: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await newUserContext(options);
  const page = await context.newPage();
  await page.goto(`${urls.lmsUrl}/?lang=${encodeURIComponent(lang)}`);
  await page.getByRole('link', { name: `Launch as ${userName}`, exact: true }).click();
  const toolOrigin = new URL(urls.toolUrl).origin;
  await page.waitForURL((url) => url.origin === toolOrigin && /^\/channels\/[^/]+$/.test(url.pathname));
  await expect(page.getByTestId('channel-role')).toBeVisible();
  return page;
}

/** The document says which language and direction it is in. */
export async function expectDocumentLanguage(page: Page, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

/** Every visible text node of the page, trimmed, with the text of form controls a reader sees. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0 && !element.closest('[hidden],[aria-hidden="true"],.visually-hidden');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (text === '' || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(parent.tagName)) continue;
      if (visible(parent)) texts.push(text);
    }
    for (const control of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))) {
      if (visible(control)) texts.push((control as HTMLInputElement).placeholder.trim());
    }
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const chosen = (select as HTMLSelectElement).selectedOptions[0];
      if (chosen && visible(select)) texts.push(chosen.text.trim());
    }
    return texts.filter((text) => text !== '');
  });
}

/**
 * Elements whose content does not fit: clipped by their own overflow, or wider than the
 * window (the page scrolls sideways). Returns a readable line for each.
 */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      return `${element.tagName.toLowerCase()}${id}${classes} "${(element.textContent ?? '').trim().slice(0, 60)}"`;
    };
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
    }
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || element.closest('.visually-hidden, iframe, [data-testid="jitsi-container"]')) continue;
      const clipsX = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const clipsY = ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      if ((clipsX || clipsY) && (element.textContent ?? '').trim() !== '') problems.push(`clipped: ${describe(element)}`);
      // Inside a container that scrolls sideways (a wide table on a phone), past the edge is by design.
      const scrolls = (ancestor: Element | null): boolean => !!ancestor && (['auto', 'scroll'].includes(getComputedStyle(ancestor).overflowX) || scrolls(ancestor.parentElement));
      // Past the end of the line: the right edge, or the left one in a right-to-left page.
      const past = box.right > window.innerWidth + 1 || box.left < -1;
      if (past && style.position !== 'fixed' && !scrolls(element.parentElement)) problems.push(`past the window's edge: ${describe(element)}`);
    }
    return problems;
  });
}

/**
 * With E2E_SCREENSHOTS_DIR set (a folder outside the repository), leaves a screenshot of the
 * page there, as evidence of what readers of each language saw.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS_DIR;
  if (!folder) return;
  mkdirSync(join(folder, 'languages'), { recursive: true });
  await page.screenshot({ path: join(folder, 'languages', `${name}.png`.replace(/[^\w.-]+/g, '-')), fullPage: true });
}
