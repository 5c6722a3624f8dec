import type { ReactNode } from 'react';
import { activeLocale } from './active-locale';
import type { MessageId } from './catalogs/translation';

/** Values a plain-text message takes: ICU arguments (`{count, plural, …}`, `{name}`, `{when, date}`). */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** Values a rich message takes: also elements, and tags (`<b>…</b>`) as functions of their content. */
export type RichValues = Record<string, ReactNode | Date | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * The text of a message in the page's locale. Works in components and in the plain text
 * modules alike: the provider re-renders the app when the locale changes.
 */
export function t(id: MessageId, values?: MessageValues): string {
  return activeLocale().intl.formatMessage({ id }, values as Record<string, string | number | boolean | Date | null | undefined>);
}

/** A message with elements or tags in it, e.g. a link inside a sentence. */
export function tRich(id: MessageId, values: RichValues): ReactNode {
  return activeLocale().intl.formatMessage({ id }, values as never) as ReactNode;
}

/** "A, B and C" in the page's language; never join translated pieces by hand. */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return activeLocale().intl.formatList(items, { type });
}

export function formatNumber(value: number, options?: Parameters<typeof Intl.NumberFormat>[1] & { useGrouping?: boolean }): string {
  return activeLocale().intl.formatNumber(value, options as never);
}

/** The BCP 47 tag dates and numbers are formatted with (English for the pseudo locale). */
export function formattingLocale(): string {
  return activeLocale().intl.locale;
}
