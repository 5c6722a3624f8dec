import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Język',
  'languageMenu.followCourse': 'Jak w moim kursie',
  'languageMenu.pseudo': 'Pseudolokalizacja (testy)',
};
