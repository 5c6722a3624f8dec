import { STAGE_COMMAND_ISSUERS, StageCommand, StageCommandType, StageRefusal } from './stage-commands';
import { actorFor, NOW, stage } from './stage-test-fixtures';
import { applyStageCommand } from './stage-transitions';

/** One instance of every command; host commands aim at the viewer `v`. */
const EXAMPLES: Record<StageCommandType, StageCommand> = {
  invite: { type: 'invite', targetUserId: 'v' },
  revokeInvite: { type: 'revokeInvite', targetUserId: 'v' },
  bringToStage: { type: 'bringToStage', targetUserId: 'v' },
  declineRequest: { type: 'declineRequest', targetUserId: 'v' },
  removeFromStage: { type: 'removeFromStage', targetUserId: 'v' },
  setAccessMode: { type: 'setAccessMode', mode: 'everyone' },
  acceptInvite: { type: 'acceptInvite' },
  declineInvite: { type: 'declineInvite' },
  requestStage: { type: 'requestStage' },
  withdrawRequest: { type: 'withdrawRequest' },
  joinStage: { type: 'joinStage' },
  leaveStage: { type: 'leaveStage' },
  participantJoined: { type: 'participantJoined', userId: 'new', role: 'participant' },
  participantLeft: { type: 'participantLeft', userId: 'v' },
  roleChanged: { type: 'roleChanged', userId: 'v', role: 'host' },
};

const ACTORS = ['host', 'participant', 'observer', 'server', 'outsider'] as const;
type ActorKind = (typeof ACTORS)[number];
const ACTOR_ID: Record<ActorKind, string> = { host: 'h1', participant: 'p', observer: 'o', server: 'server', outsider: 'nobody' };

/** Who is let through ('+'), written out by hand from the SPEC; otherwise the refusal they get for who they are. */
const ALLOWED: Record<StageCommandType, Record<ActorKind, '+' | StageRefusal>> = {
  invite:            { host: '+', participant: 'HOSTS_ONLY', observer: 'HOSTS_ONLY', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  revokeInvite:      { host: '+', participant: 'HOSTS_ONLY', observer: 'HOSTS_ONLY', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  bringToStage:      { host: '+', participant: 'HOSTS_ONLY', observer: 'HOSTS_ONLY', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  declineRequest:    { host: '+', participant: 'HOSTS_ONLY', observer: 'HOSTS_ONLY', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  removeFromStage:   { host: '+', participant: 'HOSTS_ONLY', observer: 'HOSTS_ONLY', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  setAccessMode:     { host: '+', participant: 'HOSTS_ONLY', observer: 'HOSTS_ONLY', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  acceptInvite:      { host: '+', participant: '+', observer: '+', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  declineInvite:     { host: '+', participant: '+', observer: '+', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  requestStage:      { host: '+', participant: '+', observer: '+', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  withdrawRequest:   { host: '+', participant: '+', observer: '+', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  joinStage:         { host: '+', participant: '+', observer: '+', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  leaveStage:        { host: '+', participant: '+', observer: '+', server: 'NOT_IN_SESSION', outsider: 'NOT_IN_SESSION' },
  participantJoined: { host: 'SERVER_ONLY', participant: 'SERVER_ONLY', observer: 'SERVER_ONLY', server: '+', outsider: 'SERVER_ONLY' },
  participantLeft:   { host: 'SERVER_ONLY', participant: 'SERVER_ONLY', observer: 'SERVER_ONLY', server: '+', outsider: 'SERVER_ONLY' },
  roleChanged:       { host: 'SERVER_ONLY', participant: 'SERVER_ONLY', observer: 'SERVER_ONLY', server: '+', outsider: 'SERVER_ONLY' },
};

const PERMISSION_REFUSALS: readonly StageRefusal[] = ['HOSTS_ONLY', 'SERVER_ONLY', 'NOT_IN_SESSION'];

const state = stage([['h1', 'host', 'on-stage'], ['p', 'participant', 'viewer'], ['o', 'observer', 'viewer'], ['v', 'participant', 'viewer']]);

describe('who may issue each stage command', () => {
  it('the table covers every command, and agrees with STAGE_COMMAND_ISSUERS', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(Object.keys(STAGE_COMMAND_ISSUERS).sort());
    for (const [type, row] of Object.entries(ALLOWED)) {
      const issuer = STAGE_COMMAND_ISSUERS[type as StageCommandType];
      expect(row[issuer === 'self' ? 'participant' : issuer]).toBe('+');
    }
  });

  const cells = Object.entries(ALLOWED).flatMap(([type, row]) => ACTORS.map((actor) => [type as StageCommandType, actor, row[actor]] as const));
  it.each(cells)('%s by %s → %s', (type, actor, expected) => {
    const result = applyStageCommand(state, EXAMPLES[type], actorFor(ACTOR_ID[actor]), NOW);
    if (expected === '+') {
      // Let through: it may still be refused for the situation (no invitation, wrong mode), never for who asked.
      expect(result.ok || !PERMISSION_REFUSALS.includes(result.reason)).toBe(true);
    } else {
      expect(result).toEqual({ ok: false, reason: expected });
    }
  });

  it('a host who was demoted a moment ago can no longer invite', () => {
    const demoted = applyStageCommand(state, { type: 'roleChanged', userId: 'h1', role: 'participant' }, actorFor('server'), NOW);
    if (!demoted.ok) throw new Error(demoted.reason);
    expect(applyStageCommand(demoted.state, EXAMPLES.invite, actorFor('h1'), NOW)).toEqual({ ok: false, reason: 'HOSTS_ONLY' });
  });
});
