import { StageAccessMode } from '../rooms/room-mode';
import { StageEvent, StageResult } from './stage-commands';
import { moved, move, noChange, refuse } from './stage-moves';
import { stageHasRoom, StageParticipant, StageState } from './stage-state';

/** Commands hosts and moderators give about someone else; the caller has checked the actor is a host. */

function bring(state: StageState, target: StageParticipant, hostId: string, now: Date): StageResult {
  if (!stageHasRoom(state)) return refuse('STAGE_FULL');
  return moved(state, target, { to: 'on-stage', cause: 'brought-to-stage', by: hostId }, now);
}

/**
 * Inviting someone already invited or on stage is a no-op, not an error: when two hosts
 * invite the same viewer the second wanted exactly what happened, and an error would only
 * confuse them. The first inviter stays on the invitation. Inviting someone who has asked
 * brings them up at once: both sides said yes. A full stage refuses at once rather than
 * sending an invitation that could not be accepted; invitations hold no seat, the first
 * to accept takes it.
 */
export function invite(state: StageState, target: StageParticipant, hostId: string, now: Date): StageResult {
  if (target.role === 'host') return refuse('TARGET_IS_HOST');
  if (target.position === 'invited' || target.position === 'on-stage') return noChange(state);
  if (target.position === 'requested') return bring(state, target, hostId, now);
  if (!stageHasRoom(state)) return refuse('STAGE_FULL');
  // Mentors and observers are never on stage by default; a host's explicit invitation is the deliberate exception.
  return moved(state, target, { to: 'invited', cause: 'invited', by: hostId, with: { invitedBy: hostId, lastInvitationOutcome: null } }, now);
}

/** Any host may revoke a pending invitation (SPEC), not only its sender. */
export function revokeInvite(state: StageState, target: StageParticipant, hostId: string, now: Date): StageResult {
  if (target.position === 'on-stage') return refuse('ALREADY_ON_STAGE');
  if (target.position !== 'invited') return noChange(state);
  return moved(state, target, { to: 'viewer', cause: 'invitation-revoked', by: hostId, with: { lastInvitationOutcome: 'revoked' } }, now);
}

/** Accepting a request. A viewer who withdrew a moment ago is not pulled on stage against their wish. */
export function bringToStage(state: StageState, target: StageParticipant, hostId: string, now: Date): StageResult {
  if (target.role === 'host') return refuse('TARGET_IS_HOST');
  if (target.position === 'on-stage') return noChange(state);
  if (target.position !== 'requested') return refuse('NO_PENDING_REQUEST');
  return bring(state, target, hostId, now);
}

export function declineRequest(state: StageState, target: StageParticipant, hostId: string, now: Date): StageResult {
  if (target.position === 'on-stage') return refuse('ALREADY_ON_STAGE');
  if (target.position !== 'requested') return noChange(state);
  return moved(state, target, { to: 'viewer', cause: 'request-declined', by: hostId }, now);
}

/** Hosts are on stage by role; to take one off, change their role (or they step down themselves). */
export function removeFromStage(state: StageState, target: StageParticipant, hostId: string, now: Date): StageResult {
  if (target.role === 'host') return refuse('TARGET_IS_HOST');
  if (target.position !== 'on-stage') return noChange(state);
  return moved(state, target, { to: 'viewer', cause: 'removed-from-stage', by: hostId }, now);
}

/**
 * Leaving "Join by request" closes the requests still pending (their askers are told), since
 * no one could act on them in the new mode. Pending invitations stay valid in every mode:
 * hosts may always invite. Nobody is taken off the stage by a mode switch.
 */
export function setAccessMode(state: StageState, mode: StageAccessMode, hostId: string, now: Date): StageResult {
  if (state.accessMode === mode) return noChange(state);
  let next: StageState = { ...state, accessMode: mode };
  const events: StageEvent[] = [{ type: 'access-mode-changed', from: state.accessMode, to: mode, by: hostId, at: now }];
  for (const participant of Object.values(state.participants)) {
    if (participant.position !== 'requested') continue;
    const result = move(next, participant, { to: 'viewer', cause: 'request-closed-by-access-mode', by: hostId }, now);
    next = result.state;
    events.push(result.event);
  }
  return { ok: true, state: next, events };
}
