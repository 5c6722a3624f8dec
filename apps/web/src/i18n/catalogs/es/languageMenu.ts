import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Idioma',
  'languageMenu.followCourse': 'Como en mi curso',
  'languageMenu.pseudo': 'Pseudolocalización (pruebas)',
};
