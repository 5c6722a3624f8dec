import { DomainError } from '../errors';
import { StageRefusal } from './stage-commands';
import { PromotionRefusal } from './session-promotion';

/** Asked of a session that has no stage: interactive rooms put everyone on stage. */
export const NOT_A_PANEL_SESSION = 'NOT_A_PANEL_SESSION';
export type StageAnswerRefusal = StageRefusal | PromotionRefusal | typeof NOT_A_PANEL_SESSION;

/** What the person is told when the server refuses a stage action; each names what to do next. */
const MESSAGES: Record<StageAnswerRefusal, string> = {
  NOT_IN_SESSION: 'That person is no longer in the session.',
  HOSTS_ONLY: 'Only hosts and moderators may do this.',
  SERVER_ONLY: 'Only LTI Rooms itself may do this.',
  TARGET_IS_HOST: 'Hosts and moderators are on stage by their role.',
  OBSERVERS_ONLY_BY_INVITATION: 'Observers join the stage only when a host invites them.',
  STAGE_FULL: 'The stage is full. You can join once a seat frees up.',
  INVITATION_REVOKED: 'The host withdrew the invitation.',
  INVITATION_WITHDRAWN: 'The invitation lapsed: no host or moderator is in the session any more.',
  NO_INVITATION: 'There is no invitation to answer.',
  NO_PENDING_REQUEST: 'That request is no longer pending.',
  ALREADY_ON_STAGE: 'Already on stage.',
  ALREADY_INVITED: 'You have been invited to the stage: answer the invitation instead.',
  NOT_IN_THIS_ACCESS_MODE: 'The stage does not allow that in its current access mode.',
  NO_HOST_PRESENT: 'No host or moderator is in the session to let you on stage.',
  MODERATOR_BY_ROLE: 'This person is a moderator by their course or room role; that role is changed in the LMS or on the room.',
  NOT_A_PANEL_SESSION: 'Only panel rooms have a stage.',
};

export function describeStageRefusal(reason: StageAnswerRefusal): string {
  return MESSAGES[reason];
}

/** A refused stage action; the edges answer with its reason as the error code. */
export class StageRefusalError extends DomainError {
  constructor(readonly reason: StageAnswerRefusal) {
    super('CONFLICT', describeStageRefusal(reason));
  }
}
