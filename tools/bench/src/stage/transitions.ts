/**
 * The stage transitions a run makes: one command each, each producing exactly one
 * 'stage:changed'. A cycle of five keeps the stage at the host plus at most one learner, far
 * under its 10 seats, and moves two different learners so commands come from both server
 * processes: the host invites A, A accepts, the host takes A off the stage; the host invites
 * B and revokes the invitation.
 */
export type StageActor = { kind: 'host' } | { kind: 'learner'; index: number };

export type ScriptCommand =
  | { type: 'invite' | 'removeFromStage' | 'revokeInvite'; target: number }
  | { type: 'acceptInvite' };

export interface Transition {
  /** 0-based over the whole run of one side, warm-up included. */
  sequence: number;
  actor: StageActor;
  command: ScriptCommand;
  /** Whom it moves and where to: what the broadcast must say. */
  moves: { learner: number; to: 'invited' | 'on-stage' | 'viewer' };
}

export const CYCLE_LENGTH = 5;

export function transitionAt(sequence: number, learners: number): Transition {
  const cycle = Math.floor(sequence / CYCLE_LENGTH);
  const a = cycle % learners;
  // Half the class away from A: with 300 learners alternating between two processes, B sits on the other one.
  const b = (cycle + 1 + Math.floor(learners / 2)) % learners;
  const host = { kind: 'host' } as const;
  switch (sequence % CYCLE_LENGTH) {
    case 0:
      return { sequence, actor: host, command: { type: 'invite', target: a }, moves: { learner: a, to: 'invited' } };
    case 1:
      return { sequence, actor: { kind: 'learner', index: a }, command: { type: 'acceptInvite' }, moves: { learner: a, to: 'on-stage' } };
    case 2:
      return { sequence, actor: host, command: { type: 'removeFromStage', target: a }, moves: { learner: a, to: 'viewer' } };
    case 3:
      return { sequence, actor: host, command: { type: 'invite', target: b }, moves: { learner: b, to: 'invited' } };
    default:
      return { sequence, actor: host, command: { type: 'revokeInvite', target: b }, moves: { learner: b, to: 'viewer' } };
  }
}
