export { t, tRich, formatList, formatNumber, formattingLocale, type MessageValues, type RichValues } from './translate';
export { I18nProvider, useDisplayLocale } from './I18nProvider';
export { activateLocale, bootLocale, followUserLocale, pseudoLocaleOn, setPseudoLocale, type DisplayLocale } from './active-locale';
export { PSEUDO_LOCALE } from './pseudo-locale';
export type { MessageId } from './catalogs/translation';
