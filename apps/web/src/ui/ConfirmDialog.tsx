import { useId, type ReactNode } from 'react';
import { t } from '../i18n';
import { Button } from './Button';
import { useModalDialog } from './use-modal-dialog';

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
 * A modal question (useModalDialog). Focus starts on Cancel, the safe choice. Render it to
 * open it; unmount it to close it.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = t('common.dialog.cancel'), danger = false, pending = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useModalDialog(onCancel);
  const titleId = useId();

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
