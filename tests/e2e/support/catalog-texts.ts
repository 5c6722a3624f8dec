import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
/* eslint-disable @nx/enforce-module-boundaries -- the browser tests read the web app's catalogs (plain data) to know which words a page must not show */
import ar from '../../../apps/web/src/i18n/catalogs/ar';
import de from '../../../apps/web/src/i18n/catalogs/de';
import { en } from '../../../apps/web/src/i18n/catalogs/en';
import fr from '../../../apps/web/src/i18n/catalogs/fr';
import ja from '../../../apps/web/src/i18n/catalogs/ja';
import ptBR from '../../../apps/web/src/i18n/catalogs/pt-BR';
/* eslint-enable @nx/enforce-module-boundaries */

const CATALOGS: Record<string, Readonly<Record<string, string>>> = { ar, de, fr, ja, 'pt-BR': ptBR };

export interface WalkLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** What the browser of someone reading this language sends as Accept-Language. */
  browserLocale: string;
  /** Jitsi's code for the language. */
  jitsiLang: string;
  /** Also checked with axe. */
  axe: boolean;
}

/** The languages the browser tests walk every page in. */
export const WALK_LANGUAGES: readonly WalkLanguage[] = [
  { lang: 'fr', dir: 'ltr', browserLocale: 'fr-FR', jitsiLang: 'fr', axe: false },
  { lang: 'de', dir: 'ltr', browserLocale: 'de-DE', jitsiLang: 'de', axe: false },
  { lang: 'ar', dir: 'rtl', browserLocale: 'ar-EG', jitsiLang: 'ar', axe: true },
  { lang: 'ja', dir: 'ltr', browserLocale: 'ja-JP', jitsiLang: 'ja', axe: true },
  { lang: 'pt-BR', dir: 'ltr', browserLocale: 'pt-BR', jitsiLang: 'ptBR', axe: false },
];

/**
 * English texts a page in `lang` must not show: whole messages without arguments that the
 * language words differently. A text some message of the language also uses as is (French
 * "Active" for a platform) is a word of that language too, and allowed.
 */
function englishOnly(lang: string): Set<string> {
  const catalog = CATALOGS[lang];
  if (!catalog) throw new Error(`no catalog loaded for ${lang}`);
  const differ = new Set<string>();
  const kept = new Set<string>();
  for (const [id, english] of Object.entries(en) as [string, string][]) {
    if (!parse(english).every((element) => element.type === TYPE.literal)) continue;
    const text = english.trim();
    if (text.length < 4) continue;
    (catalog[id]?.trim() === text ? kept : differ).add(text);
  }
  return new Set([...differ].filter((text) => !kept.has(text)));
}

/** The visible texts that are an English catalog message left untranslated. */
export function englishLeftIn(texts: readonly string[], lang: string): string[] {
  const english = englishOnly(lang);
  return texts.filter((text) => english.has(text));
}
