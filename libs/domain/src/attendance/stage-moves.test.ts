import type { StageEvent } from '../stage/stage-commands';
import { stageMovesOf } from './stage-moves';

const at = new Date('2026-05-04T10:00:00Z');
const moved = (from: string, to: string): StageEvent => ({ type: 'position-changed', userId: 'u', from, to, cause: 'joined-stage', by: null, at } as StageEvent);

describe('stageMovesOf', () => {
  it.each<[string, StageEvent, boolean | null]>([
    ['a host arriving on stage', { type: 'participant-joined', userId: 'u', role: 'host', position: 'on-stage', at }, true],
    ['a viewer arriving', { type: 'participant-joined', userId: 'u', role: 'participant', position: 'viewer', at }, null],
    ['accepting an invitation', moved('invited', 'on-stage'), true],
    ['stepping up in "everyone on stage"', moved('viewer', 'on-stage'), true],
    ['leaving or removed from the stage', moved('on-stage', 'viewer'), false],
    ['being invited', moved('viewer', 'invited'), null],
    ['a request declined', moved('requested', 'viewer'), null],
    ['leaving the session (the leave closes the stretch)', { type: 'participant-left', userId: 'u', wasOnStage: true, at }, null],
  ])('%s', (_label, event, onStage) => {
    expect(stageMovesOf([event])).toEqual(onStage === null ? [] : [{ userId: 'u', onStage, at }]);
  });
});
