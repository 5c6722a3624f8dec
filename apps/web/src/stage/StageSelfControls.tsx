import type { StageCommandBody, StageParticipantBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import type { MeetingProblem } from '../meetings/meeting-page-state';
import { t } from '../i18n';
import { selfStageCommands, selfStageLabel, stageFullForMe, viewerHint } from './stage-actions';
import type { StageView } from './stage-state';
import { Button } from '../ui';

interface StageSelfControlsProps {
  me: StageParticipantBody;
  stage: StageView;
  command: (command: StageCommandBody) => Promise<MeetingProblem | null>;
  /** Where a refusal is said: the page's notices. */
  onRefused: (message: string) => void;
}

/** My own way on and off the stage: ask, withdraw, step up, step down, as the access mode allows. */
export function StageSelfControls({ me, stage, command, onRefused }: StageSelfControlsProps) {
  const [pending, setPending] = useState(false);
  const commands = selfStageCommands(me, stage);

  async function send(body: StageCommandBody) {
    if (pending) return;
    setPending(true);
    const problem = await command(body);
    setPending(false);
    if (problem) onRefused(problem.message);
  }

  return (
    <>
      {commands.map((body) => (
        <Button key={body.type} variant={body.type === 'leaveStage' || body.type === 'withdrawRequest' ? 'secondary' : 'primary'} aria-disabled={pending || undefined} onClick={() => void send(body)}>
          {selfStageLabel(body.type)}
        </Button>
      ))}
      {viewerHint(me, stage) && <span className="muted" data-testid="viewer-hint">{viewerHint(me, stage)}</span>}
      {me.position === 'requested' && <span className="muted">{t('stage.self.requested')}</span>}
      {stageFullForMe(me, stage) && <span className="muted">{t('stage.self.stageFull')}</span>}
    </>
  );
}
