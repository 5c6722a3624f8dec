import { SessionRole } from '../meetings/session-role';
import { StageAccessMode } from '../rooms/room-mode';
import { StagePosition, StageState } from './stage-state';

/** Hosts and moderators, about someone else (or the whole stage). */
export type StageHostCommand =
  | { type: 'invite'; targetUserId: string }
  | { type: 'revokeInvite'; targetUserId: string }
  | { type: 'bringToStage'; targetUserId: string }
  | { type: 'declineRequest'; targetUserId: string }
  | { type: 'removeFromStage'; targetUserId: string }
  | { type: 'setAccessMode'; mode: StageAccessMode };

/** The participant, about themself. */
export type StageSelfCommand =
  | { type: 'acceptInvite' }
  | { type: 'declineInvite' }
  | { type: 'requestStage' }
  | { type: 'withdrawRequest' }
  | { type: 'joinStage' }
  | { type: 'leaveStage' };

/** The server, as presence and roles change. */
export type StageServerCommand =
  | { type: 'participantJoined'; userId: string; role: SessionRole }
  | { type: 'participantLeft'; userId: string }
  | { type: 'roleChanged'; userId: string; role: SessionRole };

export type StageCommand = StageHostCommand | StageSelfCommand | StageServerCommand;
export type StageCommandType = StageCommand['type'];

export type StageActor = { kind: 'user'; userId: string } | { kind: 'server' };

/** Who may issue each command. Every check is made here, on the server; the client only hides buttons. */
export const STAGE_COMMAND_ISSUERS: Record<StageCommandType, 'host' | 'self' | 'server'> = {
  invite: 'host',
  revokeInvite: 'host',
  bringToStage: 'host',
  declineRequest: 'host',
  removeFromStage: 'host',
  setAccessMode: 'host',
  acceptInvite: 'self',
  declineInvite: 'self',
  requestStage: 'self',
  withdrawRequest: 'self',
  joinStage: 'self',
  leaveStage: 'self',
  participantJoined: 'server',
  participantLeft: 'server',
  roleChanged: 'server',
};

export function isServerCommand(command: StageCommand): command is StageServerCommand {
  return STAGE_COMMAND_ISSUERS[command.type] === 'server';
}

export function isHostCommand(command: StageCommand): command is StageHostCommand {
  return STAGE_COMMAND_ISSUERS[command.type] === 'host';
}

export const STAGE_REFUSALS = [
  /** The actor or the person acted on is not in the session. */
  'NOT_IN_SESSION',
  /** Only hosts and moderators may do this. */
  'HOSTS_ONLY',
  /** Only the server issues presence and role changes. */
  'SERVER_ONLY',
  /** Hosts are on stage by role: they are not invited, requested or removed. */
  'TARGET_IS_HOST',
  /** Mentors and observers never step on stage by themselves; a host may still invite them. */
  'OBSERVERS_ONLY_BY_INVITATION',
  'STAGE_FULL',
  'INVITATION_REVOKED',
  /** The last host or moderator left, so nobody could let the viewer's media through. */
  'INVITATION_WITHDRAWN',
  'NO_INVITATION',
  'NO_PENDING_REQUEST',
  'ALREADY_ON_STAGE',
  /** Answer the pending invitation instead of asking. */
  'ALREADY_INVITED',
  /** The session's stage access mode does not offer this (asking outside "Join by request", stepping up outside "Everyone"). */
  'NOT_IN_THIS_ACCESS_MODE',
  /** Jitsi holds viewers' media until a host approves it; with no host present nobody can. */
  'NO_HOST_PRESENT',
] as const;
export type StageRefusal = (typeof STAGE_REFUSALS)[number];

/** Why a position changed: the viewer's notice and the hosts' panel are written from it. */
export const STAGE_CHANGE_CAUSES = [
  'invited',
  'invitation-revoked',
  'invitation-accepted',
  'invitation-declined',
  'invitation-withdrawn-no-host',
  'requested',
  'request-withdrawn',
  'brought-to-stage',
  'request-declined',
  'request-closed-by-access-mode',
  'request-closed-no-host',
  'removed-from-stage',
  'left-stage',
  'joined-stage',
  'host-role',
] as const;
export type StageChangeCause = (typeof STAGE_CHANGE_CAUSES)[number];

export type StageEvent =
  | { type: 'position-changed'; userId: string; from: StagePosition; to: StagePosition; cause: StageChangeCause; by: string | null; at: Date }
  | { type: 'access-mode-changed'; from: StageAccessMode; to: StageAccessMode; by: string; at: Date }
  | { type: 'participant-joined'; userId: string; role: SessionRole; position: StagePosition; at: Date }
  | { type: 'participant-left'; userId: string; wasOnStage: boolean; at: Date }
  | { type: 'role-changed'; userId: string; from: SessionRole; to: SessionRole; at: Date };

export type StageResult =
  /** events is empty when the outcome already held: nothing to write or broadcast. */
  | { ok: true; state: StageState; events: StageEvent[] }
  | { ok: false; reason: StageRefusal };
