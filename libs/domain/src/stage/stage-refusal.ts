import { DomainError } from '../errors';
import { StageRefusal } from './stage-commands';
import { PromotionRefusal } from './session-promotion';

/** Asked of a session that has no stage: interactive rooms put everyone on stage. */
export const NOT_A_PANEL_SESSION = 'NOT_A_PANEL_SESSION';
export type StageAnswerRefusal = StageRefusal | PromotionRefusal | typeof NOT_A_PANEL_SESSION;

/** A refused stage action; the edges answer with its reason as the error code (the web words it). */
export class StageRefusalError extends DomainError {
  constructor(readonly refusal: StageAnswerRefusal) {
    super('CONFLICT');
  }
}
