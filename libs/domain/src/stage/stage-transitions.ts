import { isHostCommand, isServerCommand, StageActor, StageCommand, StageHostCommand, StageResult, StageSelfCommand, StageServerCommand } from './stage-commands';
import { bringToStage, declineRequest, invite, removeFromStage, revokeInvite, setAccessMode } from './stage-host-commands';
import { refuse } from './stage-moves';
import { participantJoined, participantLeft, roleChanged } from './stage-presence-commands';

/** Many server 'participantJoined' commands in a row, as one (a waiting room let in). */
export { participantsJoined } from './stage-presence-commands';
import { acceptInvite, declineInvite, joinStage, leaveStage, requestStage, withdrawRequest } from './stage-self-commands';
import { StageParticipant, StageState } from './stage-state';

/**
 * The one door to every stage change (SPEC "Panel mode"). The server runs it inside the
 * transaction that read the state, writes the new state and broadcasts the events; a
 * refusal changes nothing. Commands whose outcome already holds succeed with no events, so
 * retries and two hosts clicking at once are harmless.
 */
export function applyStageCommand(state: StageState, command: StageCommand, actor: StageActor, now: Date): StageResult {
  if (isServerCommand(command)) return actor.kind === 'server' ? applyServerCommand(state, command, now) : refuse('SERVER_ONLY');
  // People act only from inside the session, with the role they hold there now.
  const self = actor.kind === 'user' ? state.participants[actor.userId] : undefined;
  if (!self) return refuse('NOT_IN_SESSION');
  if (!isHostCommand(command)) return applySelfCommand(state, command, self, now);
  if (self.role !== 'host') return refuse('HOSTS_ONLY');
  return applyHostCommand(state, command, self.userId, now);
}

function applyServerCommand(state: StageState, command: StageServerCommand, now: Date): StageResult {
  switch (command.type) {
    case 'participantJoined':
      return participantJoined(state, command.userId, command.role, now);
    case 'participantLeft':
      return participantLeft(state, command.userId, now);
    case 'roleChanged':
      return roleChanged(state, command.userId, command.role, now);
  }
}

function applySelfCommand(state: StageState, command: StageSelfCommand, self: StageParticipant, now: Date): StageResult {
  switch (command.type) {
    case 'acceptInvite':
      return acceptInvite(state, self, now);
    case 'declineInvite':
      return declineInvite(state, self, now);
    case 'requestStage':
      return requestStage(state, self, now);
    case 'withdrawRequest':
      return withdrawRequest(state, self, now);
    case 'joinStage':
      return joinStage(state, self, now);
    case 'leaveStage':
      return leaveStage(state, self, now);
  }
}

function applyHostCommand(state: StageState, command: StageHostCommand, hostId: string, now: Date): StageResult {
  if (command.type === 'setAccessMode') return setAccessMode(state, command.mode, hostId, now);
  const target = state.participants[command.targetUserId];
  if (!target) return refuse('NOT_IN_SESSION');
  switch (command.type) {
    case 'invite':
      return invite(state, target, hostId, now);
    case 'revokeInvite':
      return revokeInvite(state, target, hostId, now);
    case 'bringToStage':
      return bringToStage(state, target, hostId, now);
    case 'declineRequest':
      return declineRequest(state, target, hostId, now);
    case 'removeFromStage':
      return removeFromStage(state, target, hostId, now);
  }
}
