import { useState } from 'react';
import type { MeetingProblem } from '../meeting-page-state';
import { t } from '../../i18n';
import { Button, ConfirmDialog } from '../../ui';

interface EndSessionButtonProps {
  onEndForEveryone: () => Promise<MeetingProblem | null>;
  /** The refusal to show beside the meeting, or null once asked. */
  onOutcome: (problem: MeetingProblem | null) => void;
}

/** Hosts: "End session for everyone", behind a confirmation. */
export function EndSessionButton({ onEndForEveryone, onOutcome }: EndSessionButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);

  async function endForEveryone() {
    setEnding(true);
    onOutcome(null);
    const refusal = await onEndForEveryone();
    // On success this view is about to give way to "This session has ended".
    setEnding(false);
    setConfirming(false);
    onOutcome(refusal);
  }

  return (
    <>
      <Button className="button-danger" onClick={() => setConfirming(true)}>
        {t('meetings.endSession.button')}
      </Button>
      {confirming && (
        <ConfirmDialog title={t('meetings.endSession.confirmTitle')} confirmLabel={t('meetings.endSession.confirm')} danger pending={ending} onConfirm={endForEveryone} onCancel={() => setConfirming(false)}>
          <p>{t('meetings.endSession.confirmText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
