import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { chooseLocale, supportedLocaleOf, textDirection, type SupportedLocale } from '@lti-rooms/domain';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { CATALOG_LOADERS } from './catalog-loaders';
import { en } from './catalogs/en';
import { PSEUDO_LOCALE, pseudoCatalog } from './pseudo-locale';

/** A locale the page can show: a supported language, or the pseudo locale. */
export type DisplayLocale = SupportedLocale | typeof PSEUDO_LOCALE;

export interface ActiveLocale {
  locale: DisplayLocale;
  intl: IntlShape;
}

const cache = createIntlCache();

type Messages = Record<string, string> | Record<string, MessageFormatElement[]>;

/**
 * The tag dates and numbers are written with: the reader's own regional variant of the
 * page's language when the browser names one (a British reader of the English page gets
 * "27 Nov, 14:00", an American one "Nov 27, 2:00 PM"; de-CH its own numbers), else the
 * language itself. The pseudo locale formats as English does: Intl knows no en-XA.
 */
function formattingTagFor(locale: DisplayLocale): string {
  const language = locale === PSEUDO_LOCALE ? 'en' : locale;
  const regional = browserLanguages().find((tag) => supportedLocaleOf(tag) === language && Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0);
  return regional ?? language;
}

/** The languages the browser asks for, most wanted first, as BCP 47 tags (none where there is no browser: unit tests). */
function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? []).map((tag) => tag.replace(/_/g, '-'));
}

function intlFor(locale: DisplayLocale, messages: Messages): IntlShape {
  return createIntl({ locale: formattingTagFor(locale), defaultLocale: 'en', messages }, cache);
}

// English is in the main bundle, so every page (and every test) can speak before anything loads.
let active: ActiveLocale = { locale: 'en', intl: intlFor('en', en) };
const listeners = new Set<() => void>();

export function activeLocale(): ActiveLocale {
  return active;
}

export function subscribeToLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function messagesOf(locale: DisplayLocale): Promise<Messages> {
  if (locale === 'en') return en;
  if (locale === PSEUDO_LOCALE) return pseudoCatalog(en);
  return (await CATALOG_LOADERS[locale]()).default;
}

let latestRequest: DisplayLocale = 'en';

/**
 * Shows the page in a locale: loads its catalog, then switches every text, the document's
 * `lang` and `dir` at once. When two switches race, the last one asked for wins.
 */
export async function activateLocale(locale: DisplayLocale): Promise<void> {
  latestRequest = locale;
  if (active.locale === locale) return;
  const messages = await messagesOf(locale);
  if (latestRequest !== locale) return;
  active = { locale, intl: intlFor(locale, messages) };
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === PSEUDO_LOCALE ? 'ltr' : textDirection(locale);
  }
  listeners.forEach((listener) => listener());
}

const PSEUDO_SWITCH = 'lti-rooms-pseudo-locale';

/** The pseudo locale is on for this tab (development, the pseudo-localization test). */
export function pseudoLocaleOn(): boolean {
  try {
    return window.sessionStorage.getItem(PSEUDO_SWITCH) === 'on';
  } catch {
    return false;
  }
}

export function setPseudoLocale(on: boolean): void {
  window.sessionStorage.setItem(PSEUDO_SWITCH, on ? 'on' : 'off');
}

/**
 * The locale a page starts in, before anyone is known: the one the server chose for this
 * request (the launch's locale, then Accept-Language) and wrote on `<html lang>`; else the
 * browser's languages.
 */
export function bootLocale(): DisplayLocale {
  if (pseudoLocaleOn()) return PSEUDO_LOCALE;
  return chooseLocale({ launch: [document.documentElement.getAttribute('lang')], acceptLanguage: browserLanguages().join(',') });
}

/** The locale the signed-in user's pages show: the server's choice, unless the tab is in pseudo. */
export function followUserLocale(locale: string): Promise<void> {
  if (pseudoLocaleOn()) return activateLocale(PSEUDO_LOCALE);
  return activateLocale(supportedLocaleOf(locale) ?? 'en');
}
