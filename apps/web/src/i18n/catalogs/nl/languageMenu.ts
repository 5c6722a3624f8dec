import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Taal',
  'languageMenu.followCourse': 'Zoals in mijn cursus',
  'languageMenu.pseudo': 'Pseudolokalisatie (testen)',
};
