import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Sprache',
  'languageMenu.followCourse': 'Wie in meinem Kurs',
  'languageMenu.pseudo': 'Pseudo-Lokalisierung (Test)',
};
