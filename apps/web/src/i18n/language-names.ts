import type { SupportedLocale } from '@lti-rooms/domain';

/**
 * Each language by its own name, as language menus show them: a reader finds their language
 * whatever the page is in. These are names, not text to translate.
 */
export const LANGUAGE_NAMES: Record<SupportedLocale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ar: 'العربية',
  ja: '日本語',
  'zh-CN': '简体中文',
};
