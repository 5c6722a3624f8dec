import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

interface ConfirmDialogProps {
  /** The question, e.g. "End the session for everyone?"; it names the dialog. */
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive action: the confirm button is red. */
  danger?: boolean;
  /** While the action runs: the confirm button is marked busy and does nothing more. */
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native <dialog>: the browser traps focus inside it, makes the
 * page behind it inert and closes it with Escape. Focus starts on Cancel (the safe choice)
 * and returns to what had it before. Render it to open it; unmount it to close it.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = 'Cancel', danger = false, pending = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCancelRef = useRef(onCancel);
  useEffect(() => {
    onCancelRef.current = onCancel;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    // Escape may close the dialog without a 'cancel' event (Chrome does so without a recent
    // user gesture); 'close' covers that, so the page never thinks a closed dialog is open.
    const closedByBrowser = () => onCancelRef.current();
    dialog.addEventListener('close', closedByBrowser);
    return () => {
      dialog.removeEventListener('close', closedByBrowser);
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children && <div className="dialog-body">{children}</div>}
      <div className="button-row dialog-actions">
        <Button className={danger ? 'button-danger' : undefined} aria-disabled={pending || undefined} onClick={() => !pending && onConfirm()}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" data-initial-focus onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  );
}
