import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'Idioma',
  'languageMenu.followCourse': 'Como no meu curso',
  'languageMenu.pseudo': 'Pseudolocalização (testes)',
};
