import type { StageEvent } from '../stage/stage-commands';

/** A step onto or off the stage, as the register records it (stage_on / stage_off). */
export interface StageMove {
  userId: string;
  onStage: boolean;
  at: Date;
}

/**
 * What a batch of stage events means for on-stage minutes: a host who arrives on stage, a
 * viewer who accepts an invitation or steps up, and anyone who leaves the stage. Moves between
 * the viewers' positions (invited, requested) are not steps; a leave closes a stretch by itself.
 */
export function stageMovesOf(events: readonly StageEvent[]): StageMove[] {
  return events.flatMap((event): StageMove[] => {
    if (event.type === 'participant-joined') return event.position === 'on-stage' ? [{ userId: event.userId, onStage: true, at: event.at }] : [];
    if (event.type !== 'position-changed' || (event.from === 'on-stage') === (event.to === 'on-stage')) return [];
    return [{ userId: event.userId, onStage: event.to === 'on-stage', at: event.at }];
  });
}
