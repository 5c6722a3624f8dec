import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.0 A and AA rules) on the page as it is now. Returns the serious and
 * critical violations as readable text (empty when there are none); the full results are
 * attached to the test and lesser findings are printed without failing.
 */
export async function seriousAccessibilityViolations(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results, null, 2), contentType: 'application/json' });

  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  const minor = results.violations.filter((violation) => !BLOCKING_IMPACTS.has(violation.impact ?? ''));
  if (minor.length > 0) {
    const text = minor.map(describeViolation).join('\n');
    testInfo.annotations.push({ type: `axe (${name}): minor/moderate findings`, description: text });
    console.warn(`axe on ${name}: ${minor.length} minor/moderate finding(s), not failing:\n${text}`);
  }
  return blocking.map(describeViolation);
}

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      html: ${node.html}`)
    .join('\n');
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
}
