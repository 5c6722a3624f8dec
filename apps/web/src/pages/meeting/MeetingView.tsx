import type { CameraResult, MeetingBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { formatInRoomCount } from '../../meetings/meeting-format';
import type { MeetingPresence, MeetingProblem } from '../../meetings/meeting-page-state';
import { Alert, Button, ConfirmDialog } from '../../ui';
import { JitsiEmbed } from './JitsiEmbed';
import { useCameraSlot } from './use-camera-slot';

interface MeetingViewProps {
  meeting: MeetingBody;
  presence: MeetingPresence | null;
  connectionLost: boolean;
  /** Entering again (after a reconnect) failed; the video goes on. */
  problem: MeetingProblem | null;
  onLeave: () => void;
  onEndForEveryone: () => Promise<MeetingProblem | null>;
  setCamera: (on: boolean) => Promise<CameraResult | null>;
  onRetry: () => void;
  onDismissProblem: () => void;
}

/** The live meeting: controls, notices, and the Jitsi video below them. */
export function MeetingView({ meeting, presence, connectionLost, problem, onLeave, onEndForEveryone, setCamera, onRetry, onDismissProblem }: MeetingViewProps) {
  const camera = useCameraSlot(meeting, setCamera);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endProblem, setEndProblem] = useState<MeetingProblem | null>(null);
  const isHost = meeting.role === 'host';

  async function endForEveryone() {
    setEnding(true);
    setEndProblem(null);
    const refusal = await onEndForEveryone();
    // On success this view is about to give way to "This session has ended".
    setEnding(false);
    setConfirmingEnd(false);
    setEndProblem(refusal);
  }

  return (
    <>
      <div className="meeting-toolbar" role="toolbar" aria-label="Meeting controls">
        <Button variant="secondary" onClick={onLeave}>
          Leave session
        </Button>
        {isHost && (
          <Button className="button-danger" onClick={() => setConfirmingEnd(true)}>
            End session for everyone
          </Button>
        )}
        {presence && <span className="muted meeting-presence">{formatInRoomCount(presence.inRoomCount)}</span>}
      </div>

      <div className="meeting-notices" role="status">
        {camera.notice && <p>{camera.notice}</p>}
        {connectionLost && <p>The connection to LTI Rooms was lost. Reconnecting… The video goes on meanwhile.</p>}
        {presence && !presence.hostPresent && !isHost && <p>No host is in the meeting at the moment.</p>}
      </div>

      {problem && (
        <Alert tone="error" title="Your place in the meeting could not be confirmed">
          <p>{problem.message}</p>
          <div className="button-row">
            <Button variant="secondary" onClick={onRetry}>
              Try again
            </Button>
            <Button variant="secondary" onClick={onDismissProblem}>
              Dismiss
            </Button>
          </div>
        </Alert>
      )}
      {endProblem && (
        <Alert tone="error" title="The session could not be ended">
          <p>{endProblem.message}</p>
        </Alert>
      )}

      <JitsiEmbed embed={meeting.jitsi} frameTitle={`Video meeting: ${meeting.roomName}`} onApiReady={camera.attach} onReadyToClose={onLeave} />

      {confirmingEnd && (
        <ConfirmDialog
          title="End the session for everyone?"
          confirmLabel="End session"
          danger
          pending={ending}
          onConfirm={endForEveryone}
          onCancel={() => setConfirmingEnd(false)}
        >
          <p>Everyone leaves the meeting now, and the video call closes for all.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
