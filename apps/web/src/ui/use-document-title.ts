import { useEffect } from 'react';

/** Screen readers announce the tab title on navigation, so every screen names itself. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · LTI Rooms` : 'LTI Rooms';
  }, [title]);
}
