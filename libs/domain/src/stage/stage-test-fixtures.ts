/** Builders shared by the stage tests (not exported from the library). */
import { SessionRole } from '../meetings/session-role';
import { StageAccessMode } from '../rooms/room-mode';
import { StageActor, StageCommand, StageResult } from './stage-commands';
import { applyStageCommand } from './stage-transitions';
import { InvitationOutcome, StageParticipant, StagePosition, StageState } from './stage-state';

export const T0 = new Date('2026-05-04T12:00:00Z');
export const NOW = new Date('2026-05-04T12:10:00Z');

export type Person = [userId: string, role: SessionRole, position: StagePosition, lastInvitationOutcome?: InvitationOutcome];

export function person([userId, role, position, lastInvitationOutcome = null]: [string, SessionRole, StagePosition, (InvitationOutcome | null)?]): StageParticipant {
  return { userId, role, position, since: T0, invitedBy: position === 'invited' ? 'h1' : null, lastInvitationOutcome };
}

/** A panel stage with the given people; the default cast is two hosts on stage. */
export function stage(people: Person[], { accessMode = 'invite', cap = 10 }: { accessMode?: StageAccessMode; cap?: number } = {}): StageState {
  return { accessMode, cap, participants: Object.fromEntries(people.map((p) => [p[0], person(p)])) };
}

export const HOSTS: Person[] = [
  ['h1', 'host', 'on-stage'],
  ['h2', 'host', 'on-stage'],
];

export const SERVER: StageActor = { kind: 'server' };
export const user = (userId: string): StageActor => ({ kind: 'user', userId });
export const actorFor = (id: string): StageActor => (id === 'server' ? SERVER : user(id));

export type Step = [actor: string, command: StageCommand];

/** Runs commands in order, as the server would one transaction after another; refusals leave the state as it was. */
export function run(initial: StageState, steps: Step[], now: Date = NOW): { state: StageState; results: StageResult[] } {
  let state = initial;
  const results: StageResult[] = [];
  for (const [actor, command] of steps) {
    const result = applyStageCommand(state, command, actorFor(actor), now);
    if (result.ok) state = result.state;
    results.push(result);
  }
  return { state, results };
}

export const positionOf = (state: StageState, userId: string): StagePosition | undefined => state.participants[userId]?.position;
