import { beforeAll, describe, expect, it } from '@jest/globals';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { SUPPORTED_LOCALES, type SupportedLocale } from '@lti-rooms/domain';
import { CATALOG_LOADERS } from './catalog-loaders';
import { en } from './catalogs/en';
import type { Catalog } from './catalogs/translation';

/** What a message needs from its caller: argument names, and the tags it wraps text in. */
interface Needs {
  arguments: Set<string>;
  tags: Set<string>;
}

function needsOf(elements: MessageFormatElement[], needs: Needs = { arguments: new Set(), tags: new Set() }): Needs {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) needs.arguments.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      needs.arguments.add(element.value);
      Object.values(element.options).forEach((option) => needsOf(option.value, needs));
    }
    if (element.type === TYPE.tag) {
      needs.tags.add(element.value);
      needsOf(element.children, needs);
    }
  }
  return needs;
}

/** Sample values for a message's arguments: counts for plurals and numbers, dates for dates, text for the rest. */
function sampleValues(elements: MessageFormatElement[], count: number, values: Record<string, unknown> = {}): Record<string, unknown> {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.number) values[element.value] = count;
    else if (element.type === TYPE.date || element.type === TYPE.time) values[element.value] = new Date(Date.UTC(2026, 10, 27, 10, 0));
    else if (element.type === TYPE.argument) values[element.value] ??= 'x';
    else if (element.type === TYPE.tag) values[element.value] = (chunks: unknown[]) => chunks.join('');
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.select) values[element.value] ??= Object.keys(element.options)[0];
      Object.values(element.options).forEach((option) => sampleValues(option.value, count, values));
    }
    if (element.type === TYPE.tag) sampleValues(element.children, count, values);
  }
  return values;
}

/** Every plural in a message, with the categories it names. */
function plurals(elements: MessageFormatElement[]): { argument: string; categories: string[]; ordinal: boolean }[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.plural) {
      const nested = Object.values(element.options).flatMap((option) => plurals(option.value));
      return [{ argument: element.value, categories: Object.keys(element.options), ordinal: element.pluralType === 'ordinal' }, ...nested];
    }
    if (element.type === TYPE.select) return Object.values(element.options).flatMap((option) => plurals(option.value));
    if (element.type === TYPE.tag) return plurals(element.children);
    return [];
  });
}

/**
 * The plural forms a language gives the counts a page shows (0 to 1,000): Arabic six, Polish
 * four, English two, Japanese one. French's "many" (for millions) is left to "other".
 */
function formsForCounts(locale: string, ordinal: boolean): string[] {
  const rules = new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' });
  return [...new Set(Array.from({ length: 1001 }, (_, count) => rules.select(count)))];
}

const translated = SUPPORTED_LOCALES.filter((locale): locale is Exclude<SupportedLocale, 'en'> => locale !== 'en');
const catalogs = new Map<SupportedLocale, Catalog>();

beforeAll(async () => {
  catalogs.set('en', en);
  for (const locale of translated) catalogs.set(locale, (await CATALOG_LOADERS[locale]()).default);
});

describe('the message catalogs', () => {
  it('every language has every English message and no other (the type check says so too)', () => {
    const ids = Object.keys(en).sort();
    for (const locale of translated) expect({ locale, ids: Object.keys(catalogs.get(locale)!).sort() }).toEqual({ locale, ids });
  });

  it('every message is valid ICU MessageFormat and not empty', () => {
    const problems: string[] = [];
    for (const [locale, catalog] of catalogs) {
      for (const [id, message] of Object.entries(catalog)) {
        if (message.trim() === '') problems.push(`${locale} ${id}: empty`);
        try {
          parse(message);
        } catch (error) {
          problems.push(`${locale} ${id}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every translation takes the same arguments and tags as the English message', () => {
    const problems: string[] = [];
    for (const locale of translated) {
      for (const [id, english] of Object.entries(en) as [string, string][]) {
        const want = needsOf(parse(english));
        const got = needsOf(parse(catalogs.get(locale)![id as keyof Catalog]));
        const same = (a: Set<string>, b: Set<string>) => [...a].sort().join() === [...b].sort().join();
        if (!same(want.arguments, got.arguments)) problems.push(`${locale} ${id}: arguments ${[...got.arguments]} instead of ${[...want.arguments]}`);
        if (!same(want.tags, got.tags)) problems.push(`${locale} ${id}: tags ${[...got.tags]} instead of ${[...want.tags]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every message of every language formats with sample counts (0, 1, 2, 5, 30), leaving no braces behind', () => {
    const problems: string[] = [];
    for (const [locale, catalog] of catalogs) {
      const errors: string[] = [];
      const intl = createIntl({ locale, messages: catalog, onError: (error) => errors.push(error.message) });
      for (const [id, message] of Object.entries(catalog)) {
        for (const count of [0, 1, 2, 5, 30]) {
          const text = String(intl.formatMessage({ id }, sampleValues(parse(message), count) as never));
          if (/[{}]/.test(text) || text.trim() === '') problems.push(`${locale} ${id} (${count}): "${text}"`);
        }
      }
      problems.push(...errors.map((error) => `${locale}: ${error}`));
    }
    expect(problems).toEqual([]);
  });

  it("every plural names each plural form of its language (Arabic's six, Polish's four, Japanese's one)", () => {
    const problems: string[] = [];
    for (const [locale, catalog] of catalogs) {
      for (const [id, message] of Object.entries(catalog)) {
        for (const plural of plurals(parse(message))) {
          const forms = formsForCounts(locale, plural.ordinal);
          const missing = forms.filter((form) => !plural.categories.includes(form));
          if (missing.length > 0) problems.push(`${locale} ${id} {${plural.argument}}: no ${missing.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
