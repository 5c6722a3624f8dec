/**
 * The languages LTI Rooms speaks, as BCP 47 tags: English plus the catalogs in apps/web.
 * Regional variants the tool does not have fall back to their base language (`pt-PT` → `pt`
 * is Brazilian Portuguese here, the one Portuguese catalog), then to English.
 */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'it', 'nl', 'pl', 'ar', 'ja', 'zh-CN'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** Scripts written right to left, by base language. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

/** Tags compare without case and with `_` (Moodle's `pt_br`, Java locales) read as `-`. */
const normalize = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/** The supported locale a tag names, exactly or through its base language; null when none. */
export function supportedLocaleOf(tag: string | null | undefined): SupportedLocale | null {
  if (!tag) return null;
  const wanted = normalize(tag);
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return SUPPORTED_LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === base) ?? null;
}

/** The tags of an Accept-Language header, most wanted first (`q=0` excluded). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0 && Number.isFinite(entry.weight))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The page's language: the user's own choice, then the launch's (`locale` claim, then
 * `launch_presentation.locale`), then the browser's Accept-Language, then English.
 */
export function chooseLocale(sources: { chosen?: string | null; launch?: (string | null | undefined)[]; acceptLanguage?: string | null }): SupportedLocale {
  const candidates = [sources.chosen, ...(sources.launch ?? []), ...acceptedLanguages(sources.acceptLanguage)];
  for (const candidate of candidates) {
    const locale = supportedLocaleOf(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(normalize(locale).split('-')[0]) ? 'rtl' : 'ltr';
}
