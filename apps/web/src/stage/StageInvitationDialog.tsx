import { useId } from 'react';
import { t } from '../i18n';
import { Button, useModalDialog } from '../ui';
import { DEVICE_CHECK_TEXT, useDeviceCheck } from '../meetings/page/use-device-check';
import { invitationText } from './stage-invitation';

interface StageInvitationDialogProps {
  /** Null when the server could not name who invited me. */
  inviterName: string | null;
  /** Why the last answer was refused (the stage is full...), shown in the dialog. */
  refusal: string | null;
  /** An answer is on its way: the buttons wait. */
  pending: boolean;
  onJoin: () => void;
  onDecline: () => void;
}

/**
 * "Join the stage?" (SPEC "Panel mode"): the invitation with a device check, on the native
 * <dialog> like ConfirmDialog. Escape declines: the invitation asks a question, and leaving
 * it unanswered would keep a host waiting.
 */
export function StageInvitationDialog({ inviterName, refusal, pending, onJoin, onDecline }: StageInvitationDialogProps) {
  // Escape closing it is declining too.
  const ref = useModalDialog(onDecline);
  const titleId = useId();
  const { status, videoRef } = useDeviceCheck();

  const answer = (choice: () => void) => () => !pending && choice();
  return (
    <dialog
      ref={ref}
      className="dialog stage-invitation"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onDecline();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {t('stage.invitation.title')}
      </h2>
      <div className="dialog-body">
        <p>{invitationText(inviterName)}</p>
        <video ref={videoRef} className="device-preview" autoPlay muted playsInline aria-label={t('stage.invitation.cameraPreview')} />
        <p role="status" className="device-check-status">
          {DEVICE_CHECK_TEXT[status]}
        </p>
        <div role="alert" className="stage-refusal">
          {refusal}
        </div>
      </div>
      <div className="button-row dialog-actions">
        <Button data-initial-focus aria-disabled={pending || undefined} onClick={answer(onJoin)}>
          {t('stage.invitation.join')}
        </Button>
        <Button variant="secondary" aria-disabled={pending || undefined} onClick={answer(onDecline)}>
          {t('stage.invitation.decline')}
        </Button>
      </div>
    </dialog>
  );
}
