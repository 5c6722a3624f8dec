import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': '言語',
  'languageMenu.followCourse': 'コースの設定に合わせる',
  'languageMenu.pseudo': '疑似ローカライズ（テスト用）',
};
