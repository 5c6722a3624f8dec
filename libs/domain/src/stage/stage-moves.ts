import { StageChangeCause, StageEvent, StageRefusal, StageResult } from './stage-commands';
import { StageParticipant, StagePosition, StageState } from './stage-state';

/** The building blocks every stage command is written with; each returns new objects, never mutates. */

export const refuse = (reason: StageRefusal): StageResult => ({ ok: false, reason });

/** The outcome already holds (a second host's identical click, a double click): success, nothing to broadcast. */
export const noChange = (state: StageState): StageResult => ({ ok: true, state, events: [] });

export interface Move {
  to: StagePosition;
  cause: StageChangeCause;
  /** The host who made it, or null when the participant or the server did. */
  by: string | null;
  /** Other fields that change with the move (the inviter, the invitation's outcome). */
  with?: Partial<Pick<StageParticipant, 'invitedBy' | 'lastInvitationOutcome' | 'role'>>;
}

export function withParticipant(state: StageState, participant: StageParticipant): StageState {
  return { ...state, participants: { ...state.participants, [participant.userId]: participant } };
}

/** Moves one participant and reports it. Every move drops the inviter unless it is an invitation naming one. */
export function move(state: StageState, participant: StageParticipant, { to, cause, by, with: extra = {} }: Move, now: Date): { state: StageState; event: StageEvent } {
  const moved: StageParticipant = { ...participant, invitedBy: null, ...extra, position: to, since: now };
  return {
    state: withParticipant(state, moved),
    event: { type: 'position-changed', userId: participant.userId, from: participant.position, to, cause, by, at: now },
  };
}

export function moved(state: StageState, participant: StageParticipant, change: Move, now: Date): StageResult {
  const { state: next, event } = move(state, participant, change, now);
  return { ok: true, state: next, events: [event] };
}

/**
 * With no host or moderator left, pending invitations and requests cannot be honoured:
 * Jitsi holds a viewer's media until a host's page approves it. They are withdrawn, and the
 * viewers told, rather than left to fail later. Those already on stage stay there.
 */
export function closePendingWithoutHosts(state: StageState, now: Date): { state: StageState; events: StageEvent[] } {
  let next = state;
  const events: StageEvent[] = [];
  for (const participant of Object.values(state.participants)) {
    const change: Move | null =
      participant.position === 'invited'
        ? { to: 'viewer', cause: 'invitation-withdrawn-no-host', by: null, with: { lastInvitationOutcome: 'withdrawn' } }
        : participant.position === 'requested'
          ? { to: 'viewer', cause: 'request-closed-no-host', by: null }
          : null;
    if (change === null) continue;
    const result = move(next, participant, change, now);
    next = result.state;
    events.push(result.event);
  }
  return { state: next, events };
}
