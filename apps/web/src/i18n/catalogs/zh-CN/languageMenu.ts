import type { languageMenu as english } from '../en/languageMenu';
import type { Translation } from '../translation';

export const languageMenu: Translation<typeof english> = {
  'languageMenu.label': '语言',
  'languageMenu.followCourse': '与我的课程一致',
  'languageMenu.pseudo': '伪本地化（测试）',
};
