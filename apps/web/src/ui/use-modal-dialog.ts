import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> shown modal while the component is mounted: the browser traps focus
 * inside it, makes the page behind it inert and closes it with Escape. Focus starts on the
 * element marked `data-initial-focus` and returns to what had it before. `onDismiss` runs
 * when the browser closes it: Escape may close a dialog without a 'cancel' event (Chrome
 * does so without a recent user gesture), and the page must never think a closed dialog open.
 */
export function useModalDialog(onDismiss: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const onDismissRef = useRef(onDismiss);
  useEffect(() => {
    onDismissRef.current = onDismiss;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    const closedByBrowser = () => onDismissRef.current();
    dialog.addEventListener('close', closedByBrowser);
    return () => {
      dialog.removeEventListener('close', closedByBrowser);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return ref;
}
