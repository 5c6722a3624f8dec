import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** The two screens every page is checked at: a laptop, and a phone (390×844). */
const VIEWPORTS = [
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'phone', width: 390, height: 844 },
] as const;

/**
 * With E2E_SCREENSHOTS_DIR set (a folder outside the repository), each check leaves a
 * screenshot of the page at each size there, as evidence of what people saw. Off by default:
 * full-page screenshots slow the suite down.
 */
function screenshotPath(name: string, testInfo: TestInfo, viewport: string): string | null {
  const folder = process.env.E2E_SCREENSHOTS_DIR;
  if (!folder) return null;
  return join(folder, `${testInfo.title}--${name}--${viewport}`.replace(/[^\w.-]+/g, '-').slice(0, 180) + '.png');
}

/**
 * Runs axe-core (WCAG 2.0 A and AA rules) on the page as it is now, at 1280×800 and at
 * 390×844, then gives the page its own size back. Returns the serious and critical
 * violations as readable text (empty when there are none); the full results are attached
 * to the test and lesser findings are printed without failing.
 */
export async function seriousAccessibilityViolations(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const ownSize = page.viewportSize();
  const blocking: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      await testInfo.attach(`axe-${name}-${viewport.label}.json`, { body: JSON.stringify(results, null, 2), contentType: 'application/json' });
      const screenshot = screenshotPath(name, testInfo, viewport.label);
      if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

      const minor = results.violations.filter((violation) => !BLOCKING_IMPACTS.has(violation.impact ?? ''));
      if (minor.length > 0) {
        const text = minor.map(describeViolation).join('\n');
        testInfo.annotations.push({ type: `axe (${name}, ${viewport.label}): minor/moderate findings`, description: text });
        console.warn(`axe on ${name} (${viewport.label}): ${minor.length} minor/moderate finding(s), not failing:\n${text}`);
      }
      blocking.push(...results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? '')).map((violation) => `(${viewport.label}) ${describeViolation(violation)}`));
    }
  } finally {
    if (ownSize) await page.setViewportSize(ownSize);
  }
  return blocking;
}

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      html: ${node.html}`)
    .join('\n');
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
}
