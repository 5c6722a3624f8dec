import { useEffect } from 'react';
import { t } from '../i18n/translate';

/** Screen readers announce the tab title on navigation, so every screen names itself. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? t('common.page.documentTitle', { title }) : 'LTI Rooms';
  }, [title]);
}
