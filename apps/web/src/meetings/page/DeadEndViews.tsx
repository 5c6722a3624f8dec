import type { EndedBody } from '@lti-rooms/contracts';
import { endedReasonText } from '../meeting-format';
import type { MeetingProblem } from '../meeting-page-state';
import { Alert, Button } from '../../ui';
import { formatRoomFull } from '../meeting-format';

// The pages a person leaves only by choosing: full, ended, failed. Each offers a way back in and the way out.

function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <Button variant="secondary" onClick={onBack}>
      Back to the course
    </Button>
  );
}

export function RoomFullView({ cap, onTryAgain, onBack }: { cap: number; onTryAgain: () => void; onBack: () => void }) {
  return (
    <section className="panel meeting-panel" aria-label="Room full">
      <p>{formatRoomFull(cap)}</p>
      <div className="button-row">
        <Button onClick={onTryAgain}>Try again</Button>
        <BackButton onBack={onBack} />
      </div>
    </section>
  );
}

export function SessionEndedView({ ended, onRejoin, onBack }: { ended: EndedBody; onRejoin: () => void; onBack: () => void }) {
  return (
    <section className="panel meeting-panel" aria-label="Session ended">
      <p>{endedReasonText(ended.reason)}</p>
      <div className="button-row">
        {ended.canRejoin && <Button onClick={onRejoin}>Rejoin</Button>}
        <BackButton onBack={onBack} />
      </div>
    </section>
  );
}

export function MeetingErrorView({ problem, onTryAgain, onBack }: { problem: MeetingProblem; onTryAgain: () => void; onBack: () => void }) {
  return (
    <>
      <Alert tone="error" title="The meeting could not be opened">
        <p>{problem.message}</p>
        <p className="small">Error code: {problem.code}</p>
      </Alert>
      <div className="button-row">
        <Button onClick={onTryAgain}>Try again</Button>
        <BackButton onBack={onBack} />
      </div>
    </>
  );
}
