import type { DisplayLocale } from '../../i18n/active-locale';
import { PSEUDO_LOCALE } from '../../i18n/pseudo-locale';

/**
 * Jitsi's name for the page's language (its `lang` option): Jitsi writes regional variants
 * without the hyphen ("ptBR", "zhCN"), and knows no pseudo locale, which shows English.
 */
export function jitsiLanguageOf(locale: DisplayLocale): string {
  if (locale === PSEUDO_LOCALE) return 'en';
  return locale.replace('-', '');
}
