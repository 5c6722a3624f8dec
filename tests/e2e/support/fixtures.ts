import { test as base, BrowserContext, BrowserContextOptions, expect, Page } from '@playwright/test';
import { e2eUrls } from './e2e-state';

/** One request the browser made, as seen by Playwright. */
export interface SentRequest {
  method: string;
  url: string;
  referer: string | undefined;
}

interface E2eFixtures {
  /** Where global setup started the tool and the Dev LMS. */
  urls: { toolUrl: string; lmsUrl: string };
  /** Every request any page of the test's browser context made. */
  sentRequests: SentRequest[];
  /** Requests that were aborted because they would have left the machine. */
  blockedRequests: string[];
  /**
   * What the tool's Content-Security-Policy refused in any page of the test (console reports
   * and securitypolicyviolation events). The test fails unless it is empty at the end; a test
   * that provokes a refusal on purpose takes it out of the list.
   */
  cspViolations: string[];
  /**
   * Opens another browser context (another user: own cookies, own sessionStorage) with the
   * test's options (time zone, locale, viewport...) and the same loopback-only guard as
   * `context`. Closed when the test ends.
   */
  newUserContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/**
 * Only loopback may be reached: 127.0.0.1, where the tool and the Dev LMS listen, and
 * localhost, the other site a Dev LMS serves its course pages from (cross-site launches).
 */
const ALLOWED_HOSTNAMES = new Set(['127.0.0.1', 'localhost']);

export const test = base.extend<E2eFixtures>({
  // eslint-disable-next-line no-empty-pattern
  urls: async ({}, use) => {
    await use(e2eUrls());
  },

  // eslint-disable-next-line no-empty-pattern
  blockedRequests: async ({}, use, testInfo) => {
    const blocked: string[] = [];
    await use(blocked);
    if (blocked.length > 0) {
      // Not a failure by itself (the page still has to work without them), but worth seeing.
      testInfo.annotations.push({ type: 'blocked non-loopback requests', description: blocked.join('\n') });
      console.warn(`[${testInfo.title}] blocked ${blocked.length} non-loopback request(s):\n  ${blocked.join('\n  ')}`);
    }
  },

  // eslint-disable-next-line no-empty-pattern
  sentRequests: async ({}, use) => {
    await use([]);
  },

  // eslint-disable-next-line no-empty-pattern
  cspViolations: async ({}, use) => {
    const violations: string[] = [];
    await use(violations);
    expect(violations, 'the Content-Security-Policy refused something a page needed').toEqual([]);
  },

  // Every page of every test runs in this context: nothing may reach the internet, and every
  // request is recorded so tests can check what left the browser.
  context: async ({ context, blockedRequests, sentRequests, cspViolations }, use) => {
    await guardNetwork(context, blockedRequests, sentRequests);
    await watchCspViolations(context, cspViolations);
    await use(context);
  },

  newUserContext: async (
    { browser, blockedRequests, sentRequests, cspViolations, timezoneId, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, permissions },
    use,
  ) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        timezoneId, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, permissions, serviceWorkers: 'block',
        ...options,
      });
      opened.push(context);
      await guardNetwork(context, blockedRequests, sentRequests);
      await watchCspViolations(context, cspViolations);
      return context;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});

/** Only loopback may be reached from `context`; every request is recorded in `sentRequests`. */
export async function guardNetwork(context: BrowserContext, blockedRequests: string[], sentRequests: SentRequest[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (ALLOWED_HOSTNAMES.has(hostnameOf(url) ?? '')) {
      await route.continue();
    } else {
      blockedRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  // WebSockets are not seen by route(); only the ones leaving loopback are intercepted (and closed).
  await context.routeWebSocket(
    (url) => !ALLOWED_HOSTNAMES.has(url.hostname),
    async (ws) => {
      blockedRequests.push(ws.url());
      await ws.close({ code: 1008, reason: 'blocked by the e2e suite: not loopback' });
    },
  );
  context.on('request', (request) => {
    sentRequests.push({ method: request.method(), url: request.url(), referer: request.headers()['referer'] });
  });
}

/** Marks what reports a CSP refusal in the page's console. */
const CSP_REPORT = /Content Security Policy|CSP violation/i;

/**
 * Records every Content-Security-Policy refusal in `context`'s pages: Chromium's console
 * report, and the securitypolicyviolation event (an init script, which the policy does not govern).
 */
async function watchCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && CSP_REPORT.test(message.text())) violations.push(message.text());
  });
}

export { expect };

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export const COURSE_TITLE = 'Demo Course 101';

/** Demo users of the Dev LMS (tools/dev-lms/src/demo-users.ts) and what the tool makes of them. */
export const DEMO_LAUNCHES = [
  { who: 'instructor', name: 'Ada Instructor', role: 'manager', roleLabel: 'Manager' },
  { who: 'teaching assistant', name: 'Tomas Assistant', role: 'moderator', roleLabel: 'Moderator' },
  { who: 'student', name: 'Sam Student', role: 'participant', roleLabel: 'Participant' },
] as const;

/**
 * Opens the Dev LMS course page and clicks "Launch as <name>", like a person would, then waits
 * until the browser has arrived on the tool's channel page and the page shows who is signed in.
 */
export async function launchFromLms(page: Page, urls: { toolUrl: string; lmsUrl: string }, userName: string): Promise<void> {
  await page.goto(`${urls.lmsUrl}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
  await page.getByRole('link', { name: `Launch as ${userName}`, exact: true }).click();

  const toolOrigin = new URL(urls.toolUrl).origin;
  await page.waitForURL((url) => url.origin === toolOrigin && /^\/channels\/[^/]+$/.test(url.pathname));
  await expect(page.getByTestId('channel-role')).toBeVisible();
}

/**
 * The launch token may travel only in the URL fragment, which browsers never send (Playwright
 * reports request URLs without it); it must not appear in any URL or Referer a server received.
 */
export function requestsCarryingLaunchToken(requests: SentRequest[]): string[] {
  const leaks: string[] = [];
  for (const request of requests) {
    if (/ltik=/i.test(request.url)) leaks.push(`${request.method} ${request.url}`);
    if (request.referer && /ltik=/i.test(request.referer)) leaks.push(`${request.method} ${request.url} (Referer: ${request.referer})`);
  }
  return leaks;
}
