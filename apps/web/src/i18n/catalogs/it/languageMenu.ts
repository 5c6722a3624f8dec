import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Lingua',
  'languageMenu.followCourse': 'Come nel mio corso',
  'languageMenu.pseudo': 'Pseudo-localizzazione (test)',
};
