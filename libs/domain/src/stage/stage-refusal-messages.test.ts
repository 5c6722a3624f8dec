import { STAGE_REFUSALS } from './stage-commands';
import { PROMOTION_REFUSALS } from './session-promotion';
import { describeStageRefusal, NOT_A_PANEL_SESSION } from './stage-refusal-messages';

describe('describeStageRefusal', () => {
  it.each([...STAGE_REFUSALS, ...PROMOTION_REFUSALS, NOT_A_PANEL_SESSION] as const)('%s has a sentence', (reason) => {
    expect(describeStageRefusal(reason)).toMatch(/^[A-Z].+\.$/);
  });
});
