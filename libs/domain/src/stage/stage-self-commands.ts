import { StageResult } from './stage-commands';
import { moved, noChange, refuse } from './stage-moves';
import { hostsPresent, stageHasRoom, StageParticipant, StageState } from './stage-state';

/** Commands a participant gives about themself. */

/**
 * "Join stage" in the invitation dialog. A late click is told precisely why it failed: the
 * invitation was revoked, or withdrawn because the hosts left. When the stage filled in the
 * meantime the refusal leaves the invitation pending and the person a viewer: the dialog
 * says the stage is full, and they may try again once a seat frees or decline.
 */
export function acceptInvite(state: StageState, self: StageParticipant, now: Date): StageResult {
  if (self.position === 'on-stage') return noChange(state);
  if (self.position !== 'invited') {
    if (self.lastInvitationOutcome === 'revoked') return refuse('INVITATION_REVOKED');
    if (self.lastInvitationOutcome === 'withdrawn') return refuse('INVITATION_WITHDRAWN');
    return refuse('NO_INVITATION');
  }
  if (!hostsPresent(state)) return refuse('NO_HOST_PRESENT');
  if (!stageHasRoom(state)) return refuse('STAGE_FULL');
  return moved(state, self, { to: 'on-stage', cause: 'invitation-accepted', by: null, with: { lastInvitationOutcome: 'accepted' } }, now);
}

export function declineInvite(state: StageState, self: StageParticipant, now: Date): StageResult {
  if (self.position === 'on-stage') return refuse('ALREADY_ON_STAGE');
  if (self.position !== 'invited') return noChange(state);
  return moved(state, self, { to: 'viewer', cause: 'invitation-declined', by: null, with: { lastInvitationOutcome: 'declined' } }, now);
}

/** "Ask to join stage". Requests queue even when the stage is full: a host may free a seat for them. */
export function requestStage(state: StageState, self: StageParticipant, now: Date): StageResult {
  if (self.position === 'on-stage' || self.position === 'requested') return noChange(state);
  if (self.role === 'host') return refuse('TARGET_IS_HOST');
  if (self.role === 'observer') return refuse('OBSERVERS_ONLY_BY_INVITATION');
  if (state.accessMode !== 'request') return refuse('NOT_IN_THIS_ACCESS_MODE');
  if (self.position === 'invited') return refuse('ALREADY_INVITED');
  if (!hostsPresent(state)) return refuse('NO_HOST_PRESENT');
  return moved(state, self, { to: 'requested', cause: 'requested', by: null }, now);
}

/** A host may have brought them up a moment before the withdrawal arrived: they are told they are on stage. */
export function withdrawRequest(state: StageState, self: StageParticipant, now: Date): StageResult {
  if (self.position === 'on-stage') return refuse('ALREADY_ON_STAGE');
  if (self.position !== 'requested') return noChange(state);
  return moved(state, self, { to: 'viewer', cause: 'request-withdrawn', by: null }, now);
}

/**
 * Stepping on stage unasked: viewers in "Everyone on stage" while there is room, and hosts
 * in any mode (a host who arrived when the stage was full takes a seat once one frees).
 * A pending invitation counts as accepted; a pending request simply comes true.
 */
export function joinStage(state: StageState, self: StageParticipant, now: Date): StageResult {
  if (self.position === 'on-stage') return noChange(state);
  if (self.role !== 'host') {
    if (self.role === 'observer') return refuse('OBSERVERS_ONLY_BY_INVITATION');
    if (state.accessMode !== 'everyone') return refuse('NOT_IN_THIS_ACCESS_MODE');
    if (!hostsPresent(state)) return refuse('NO_HOST_PRESENT');
  }
  if (!stageHasRoom(state)) return refuse('STAGE_FULL');
  const outcome = self.position === 'invited' ? 'accepted' : self.lastInvitationOutcome;
  return moved(state, self, { to: 'on-stage', cause: 'joined-stage', by: null, with: { lastInvitationOutcome: outcome } }, now);
}

/** Anyone on stage, hosts included, may step down to watch; it frees their seat. */
export function leaveStage(state: StageState, self: StageParticipant, now: Date): StageResult {
  if (self.position !== 'on-stage') return noChange(state);
  return moved(state, self, { to: 'viewer', cause: 'left-stage', by: null }, now);
}
