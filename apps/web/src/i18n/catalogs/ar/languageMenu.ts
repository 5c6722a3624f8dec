import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': 'اللغة',
  'languageMenu.followCourse': 'كما في مقرري الدراسي',
  'languageMenu.pseudo': 'ترجمة زائفة (للاختبار)',
};
