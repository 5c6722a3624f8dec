import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Langue',
  'languageMenu.followCourse': 'Comme dans mon cours',
  'languageMenu.pseudo': 'Pseudo-localisation (tests)',
};
