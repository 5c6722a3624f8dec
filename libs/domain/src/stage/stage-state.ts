import { SessionRole } from '../meetings/session-role';
import { RoomFeatures, StageAccessMode } from '../rooms/room-mode';

/**
 * Where a participant of a panel session stands (SPEC "Panel mode"). Invited and requested
 * people are still viewers: they watch and listen only until they are on stage.
 * Interactive sessions have no stage rules: everyone joins on stage.
 */
export const STAGE_POSITIONS = ['viewer', 'invited', 'requested', 'on-stage'] as const;
export type StagePosition = (typeof STAGE_POSITIONS)[number];

/** How a participant's latest invitation ended, so a late "Join stage" gets a precise answer. */
export const INVITATION_OUTCOMES = ['accepted', 'declined', 'revoked', 'withdrawn'] as const;
export type InvitationOutcome = (typeof INVITATION_OUTCOMES)[number];

export interface StageParticipant {
  userId: string;
  role: SessionRole;
  position: StagePosition;
  /** When the position last changed: hosts see requests oldest first. */
  since: Date;
  /** The host who sent the pending invitation, for the viewer's dialog ("Ana invites you"). */
  invitedBy: string | null;
  lastInvitationOutcome: InvitationOutcome | null;
}

export interface StageState {
  accessMode: StageAccessMode;
  /** Stage seats, hosts included (SPEC: "hosts and moderators (up to 10) join on stage"). */
  cap: number;
  /** Everyone in the session now, by user id. */
  participants: Readonly<Record<string, StageParticipant>>;
}

/** A panel session's stage starts from its template snapshot: the access default and the seat count. */
export function initialStageState(features: Pick<RoomFeatures, 'stageAccessDefault' | 'cameraOnCap'>): StageState {
  return { accessMode: features.stageAccessDefault, cap: features.cameraOnCap, participants: {} };
}

export function participantsIn(state: StageState, position: StagePosition): StageParticipant[] {
  return Object.values(state.participants)
    .filter((p) => p.position === position)
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.userId.localeCompare(b.userId));
}

export function seatsTaken(state: StageState): number {
  return participantsIn(state, 'on-stage').length;
}

export function stageHasRoom(state: StageState): boolean {
  return seatsTaken(state) < state.cap;
}

export function hostsPresent(state: StageState): boolean {
  return Object.values(state.participants).some((p) => p.role === 'host');
}

/** The participants panel's three lists (SPEC issue 6 "Web"); invited people are listed among viewers. */
export function stageLists(state: StageState): { onStage: StageParticipant[]; requests: StageParticipant[]; viewers: StageParticipant[] } {
  return {
    onStage: participantsIn(state, 'on-stage'),
    requests: participantsIn(state, 'requested'),
    viewers: [...participantsIn(state, 'viewer'), ...participantsIn(state, 'invited')],
  };
}
