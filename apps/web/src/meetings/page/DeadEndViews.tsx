import type { EndedBody } from '@lti-rooms/contracts';
import { endedReasonText } from '../meeting-format';
import type { MeetingProblem } from '../meeting-page-state';
import { t } from '../../i18n';
import { Alert, Button } from '../../ui';
import { formatRoomFull } from '../meeting-format';

// The pages a person leaves only by choosing: full, ended, failed. Each offers a way back in and the way out.

function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <Button variant="secondary" onClick={onBack}>
      {t('meetings.backToCourse')}
    </Button>
  );
}

export function RoomFullView({ cap, onTryAgain, onBack }: { cap: number; onTryAgain: () => void; onBack: () => void }) {
  return (
    <section className="panel meeting-panel" aria-label={t('meetings.full.label')}>
      <p>{formatRoomFull(cap)}</p>
      <div className="button-row">
        <Button onClick={onTryAgain}>{t('meetings.tryAgain')}</Button>
        <BackButton onBack={onBack} />
      </div>
    </section>
  );
}

export function SessionEndedView({ ended, onRejoin, onBack }: { ended: EndedBody; onRejoin: () => void; onBack: () => void }) {
  return (
    <section className="panel meeting-panel" aria-label={t('meetings.ended.label')}>
      <p>{endedReasonText(ended.reason)}</p>
      <div className="button-row">
        {ended.canRejoin && <Button onClick={onRejoin}>{t('meetings.ended.rejoin')}</Button>}
        <BackButton onBack={onBack} />
      </div>
    </section>
  );
}

export function MeetingErrorView({ problem, onTryAgain, onBack }: { problem: MeetingProblem; onTryAgain: () => void; onBack: () => void }) {
  return (
    <>
      <Alert tone="error" title={t('meetings.error.title')}>
        <p>{problem.message}</p>
        <p className="small">{t('meetings.error.code', { code: problem.code })}</p>
      </Alert>
      <div className="button-row">
        <Button onClick={onTryAgain}>{t('meetings.tryAgain')}</Button>
        <BackButton onBack={onBack} />
      </div>
    </>
  );
}
