import { StageChangeCause, StageCommand, StageRefusal } from './stage-commands';
import { actorFor, HOSTS, NOW, Person, stage } from './stage-test-fixtures';
import { applyStageCommand } from './stage-transitions';
import { StagePosition, StageState } from './stage-state';

type Expected =
  | { moves: [userId: string, to: StagePosition, cause: StageChangeCause] }
  | { refused: StageRefusal }
  | 'no-op';

const v = (position: StagePosition, extra: Partial<{ outcome: Person[3] }> = {}): Person => ['v', 'participant', position, extra.outcome];
const withV = (position: StagePosition, options: Parameters<typeof stage>[1] = {}, outcome?: Person[3]) => stage([...HOSTS, v(position, { outcome }), ['o', 'observer', 'viewer']], options);
/** Cap 2: the two hosts fill the stage. */
const FULL = { cap: 2 };
const noHosts = (position: StagePosition, accessMode: 'invite' | 'request' | 'everyone') => stage([v(position)], { accessMode });

type Case = [label: string, state: StageState, actor: string, command: StageCommand, expected: Expected];
const to = (targetUserId: string) => ({ targetUserId });

const HOST_COMMANDS: Case[] = [
  ['invite a viewer', withV('viewer'), 'h1', { type: 'invite', ...to('v') }, { moves: ['v', 'invited', 'invited'] }],
  ['invite someone already invited: no-op', withV('invited'), 'h2', { type: 'invite', ...to('v') }, 'no-op'],
  ['invite someone on stage: no-op', withV('on-stage'), 'h1', { type: 'invite', ...to('v') }, 'no-op'],
  ['invite someone who asked: brought up at once', withV('requested', { accessMode: 'request' }), 'h1', { type: 'invite', ...to('v') }, { moves: ['v', 'on-stage', 'brought-to-stage'] }],
  ['invite someone who asked, stage full', withV('requested', { accessMode: 'request', ...FULL }), 'h1', { type: 'invite', ...to('v') }, { refused: 'STAGE_FULL' }],
  ['invite to a full stage', withV('viewer', FULL), 'h1', { type: 'invite', ...to('v') }, { refused: 'STAGE_FULL' }],
  ['invite a host', withV('viewer'), 'h1', { type: 'invite', ...to('h2') }, { refused: 'TARGET_IS_HOST' }],
  ['invite an observer explicitly', withV('viewer'), 'h1', { type: 'invite', ...to('o') }, { moves: ['o', 'invited', 'invited'] }],
  ['invite someone who left', withV('viewer'), 'h1', { type: 'invite', ...to('ghost') }, { refused: 'NOT_IN_SESSION' }],
  ['invite in "Join by request" mode', withV('viewer', { accessMode: 'request' }), 'h1', { type: 'invite', ...to('v') }, { moves: ['v', 'invited', 'invited'] }],
  ['invite in "Everyone on stage" mode', withV('viewer', { accessMode: 'everyone' }), 'h1', { type: 'invite', ...to('v') }, { moves: ['v', 'invited', 'invited'] }],
  ['revoke a pending invitation', withV('invited'), 'h1', { type: 'revokeInvite', ...to('v') }, { moves: ['v', 'viewer', 'invitation-revoked'] }],
  ['another host revokes it', withV('invited'), 'h2', { type: 'revokeInvite', ...to('v') }, { moves: ['v', 'viewer', 'invitation-revoked'] }],
  ['revoke with no invitation: no-op', withV('viewer'), 'h1', { type: 'revokeInvite', ...to('v') }, 'no-op'],
  ['revoke after it was accepted', withV('on-stage'), 'h1', { type: 'revokeInvite', ...to('v') }, { refused: 'ALREADY_ON_STAGE' }],
  ['bring a requester to stage', withV('requested', { accessMode: 'request' }), 'h1', { type: 'bringToStage', ...to('v') }, { moves: ['v', 'on-stage', 'brought-to-stage'] }],
  ['bring a requester to a full stage', withV('requested', { accessMode: 'request', ...FULL }), 'h1', { type: 'bringToStage', ...to('v') }, { refused: 'STAGE_FULL' }],
  ['bring a viewer who did not ask', withV('viewer', { accessMode: 'request' }), 'h1', { type: 'bringToStage', ...to('v') }, { refused: 'NO_PENDING_REQUEST' }],
  ['bring someone invited, not asking', withV('invited'), 'h1', { type: 'bringToStage', ...to('v') }, { refused: 'NO_PENDING_REQUEST' }],
  ['bring someone already on stage: no-op', withV('on-stage'), 'h1', { type: 'bringToStage', ...to('v') }, 'no-op'],
  ['bring a host', withV('viewer'), 'h1', { type: 'bringToStage', ...to('h2') }, { refused: 'TARGET_IS_HOST' }],
  ['decline a request', withV('requested', { accessMode: 'request' }), 'h1', { type: 'declineRequest', ...to('v') }, { moves: ['v', 'viewer', 'request-declined'] }],
  ['decline with no request: no-op', withV('viewer', { accessMode: 'request' }), 'h1', { type: 'declineRequest', ...to('v') }, 'no-op'],
  ['decline someone already brought up', withV('on-stage', { accessMode: 'request' }), 'h1', { type: 'declineRequest', ...to('v') }, { refused: 'ALREADY_ON_STAGE' }],
  ['remove from stage', withV('on-stage'), 'h1', { type: 'removeFromStage', ...to('v') }, { moves: ['v', 'viewer', 'removed-from-stage'] }],
  ['remove a viewer: no-op', withV('viewer'), 'h1', { type: 'removeFromStage', ...to('v') }, 'no-op'],
  ['remove someone invited: no-op (revoke instead)', withV('invited'), 'h1', { type: 'removeFromStage', ...to('v') }, 'no-op'],
  ['remove a host', withV('viewer'), 'h1', { type: 'removeFromStage', ...to('h2') }, { refused: 'TARGET_IS_HOST' }],
  ['switch to the same access mode: no-op', withV('viewer'), 'h1', { type: 'setAccessMode', mode: 'invite' }, 'no-op'],
];

const SELF_COMMANDS: Case[] = [
  ['accept an invitation', withV('invited'), 'v', { type: 'acceptInvite' }, { moves: ['v', 'on-stage', 'invitation-accepted'] }],
  ['accept when the stage filled meanwhile: stays a viewer, invitation kept', withV('invited', FULL), 'v', { type: 'acceptInvite' }, { refused: 'STAGE_FULL' }],
  ['accept a revoked invitation', withV('viewer', {}, 'revoked'), 'v', { type: 'acceptInvite' }, { refused: 'INVITATION_REVOKED' }],
  ['accept an invitation withdrawn when the hosts left', withV('viewer', {}, 'withdrawn'), 'v', { type: 'acceptInvite' }, { refused: 'INVITATION_WITHDRAWN' }],
  ['accept one already declined', withV('viewer', {}, 'declined'), 'v', { type: 'acceptInvite' }, { refused: 'NO_INVITATION' }],
  ['accept without an invitation', withV('viewer'), 'v', { type: 'acceptInvite' }, { refused: 'NO_INVITATION' }],
  ['accept twice (two tabs): no-op', withV('on-stage'), 'v', { type: 'acceptInvite' }, 'no-op'],
  ['accept with no host present', noHosts('invited', 'invite'), 'v', { type: 'acceptInvite' }, { refused: 'NO_HOST_PRESENT' }],
  ['decline an invitation', withV('invited'), 'v', { type: 'declineInvite' }, { moves: ['v', 'viewer', 'invitation-declined'] }],
  ['decline with no invitation (revoked meanwhile): no-op', withV('viewer', {}, 'revoked'), 'v', { type: 'declineInvite' }, 'no-op'],
  ['decline after accepting in another tab', withV('on-stage'), 'v', { type: 'declineInvite' }, { refused: 'ALREADY_ON_STAGE' }],
  ['ask to join in "Join by request"', withV('viewer', { accessMode: 'request' }), 'v', { type: 'requestStage' }, { moves: ['v', 'requested', 'requested'] }],
  ['ask to join a full stage: queued', withV('viewer', { accessMode: 'request', ...FULL }), 'v', { type: 'requestStage' }, { moves: ['v', 'requested', 'requested'] }],
  ['ask twice: no-op', withV('requested', { accessMode: 'request' }), 'v', { type: 'requestStage' }, 'no-op'],
  ['ask when on stage: no-op', withV('on-stage', { accessMode: 'request' }), 'v', { type: 'requestStage' }, 'no-op'],
  ['ask in "Invite only"', withV('viewer'), 'v', { type: 'requestStage' }, { refused: 'NOT_IN_THIS_ACCESS_MODE' }],
  ['ask in "Everyone on stage"', withV('viewer', { accessMode: 'everyone' }), 'v', { type: 'requestStage' }, { refused: 'NOT_IN_THIS_ACCESS_MODE' }],
  ['ask while invited', withV('invited', { accessMode: 'request' }), 'v', { type: 'requestStage' }, { refused: 'ALREADY_INVITED' }],
  ['an observer asks', withV('viewer', { accessMode: 'request' }), 'o', { type: 'requestStage' }, { refused: 'OBSERVERS_ONLY_BY_INVITATION' }],
  ['ask with no host present', noHosts('viewer', 'request'), 'v', { type: 'requestStage' }, { refused: 'NO_HOST_PRESENT' }],
  ['withdraw a request', withV('requested', { accessMode: 'request' }), 'v', { type: 'withdrawRequest' }, { moves: ['v', 'viewer', 'request-withdrawn'] }],
  ['withdraw with no request: no-op', withV('viewer', { accessMode: 'request' }), 'v', { type: 'withdrawRequest' }, 'no-op'],
  ['withdraw after being brought up', withV('on-stage', { accessMode: 'request' }), 'v', { type: 'withdrawRequest' }, { refused: 'ALREADY_ON_STAGE' }],
  ['step on stage in "Everyone on stage"', withV('viewer', { accessMode: 'everyone' }), 'v', { type: 'joinStage' }, { moves: ['v', 'on-stage', 'joined-stage'] }],
  ['step on a full stage', withV('viewer', { accessMode: 'everyone', ...FULL }), 'v', { type: 'joinStage' }, { refused: 'STAGE_FULL' }],
  ['step on in "Invite only"', withV('viewer'), 'v', { type: 'joinStage' }, { refused: 'NOT_IN_THIS_ACCESS_MODE' }],
  ['step on in "Join by request"', withV('viewer', { accessMode: 'request' }), 'v', { type: 'joinStage' }, { refused: 'NOT_IN_THIS_ACCESS_MODE' }],
  ['an observer steps on in "Everyone on stage"', withV('viewer', { accessMode: 'everyone' }), 'o', { type: 'joinStage' }, { refused: 'OBSERVERS_ONLY_BY_INVITATION' }],
  ['step on with no host present', noHosts('viewer', 'everyone'), 'v', { type: 'joinStage' }, { refused: 'NO_HOST_PRESENT' }],
  ['step on while invited: counts as accepting', withV('invited', { accessMode: 'everyone' }), 'v', { type: 'joinStage' }, { moves: ['v', 'on-stage', 'joined-stage'] }],
  ['step on when already on stage: no-op', withV('on-stage', { accessMode: 'everyone' }), 'v', { type: 'joinStage' }, 'no-op'],
  ['a host off stage takes a freed seat in any mode', stage([['h1', 'host', 'on-stage'], ['h3', 'host', 'viewer']], { cap: 2 }), 'h3', { type: 'joinStage' }, { moves: ['h3', 'on-stage', 'joined-stage'] }],
  ['a host off stage, stage still full', stage([['h1', 'host', 'on-stage'], ['h3', 'host', 'viewer']], { cap: 1 }), 'h3', { type: 'joinStage' }, { refused: 'STAGE_FULL' }],
  ['a host off stage asks instead of stepping up', stage([['h1', 'host', 'on-stage'], ['h3', 'host', 'viewer']], { accessMode: 'request', cap: 1 }), 'h3', { type: 'requestStage' }, { refused: 'TARGET_IS_HOST' }],
  ['step down from the stage', withV('on-stage'), 'v', { type: 'leaveStage' }, { moves: ['v', 'viewer', 'left-stage'] }],
  ['a host steps down', withV('viewer'), 'h2', { type: 'leaveStage' }, { moves: ['h2', 'viewer', 'left-stage'] }],
  ['step down when not on stage: no-op', withV('viewer'), 'v', { type: 'leaveStage' }, 'no-op'],
];

/** A host's move names the host; a participant's own move names nobody. */
function check(state: StageState, actor: string, command: StageCommand, expected: Expected, movedByHost: boolean) {
  const result = applyStageCommand(state, command, actorFor(actor), NOW);
  if (expected === 'no-op') {
    expect(result).toEqual({ ok: true, state, events: [] });
  } else if ('refused' in expected) {
    expect(result).toEqual({ ok: false, reason: expected.refused });
  } else {
    const [userId, position, cause] = expected.moves;
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.state.participants[userId].position).toBe(position);
    expect(result.state.participants[userId].since).toEqual(NOW);
    expect(result.events).toEqual([{ type: 'position-changed', userId, from: state.participants[userId].position, to: position, cause, by: movedByHost ? actor : null, at: NOW }]);
  }
}

describe('applyStageCommand: hosts and moderators', () => {
  it.each(HOST_COMMANDS)('%s', (_label, state, actor, command, expected) => check(state, actor, command, expected, true));
});

describe('applyStageCommand: the participant themself', () => {
  it.each(SELF_COMMANDS)('%s', (_label, state, actor, command, expected) => check(state, actor, command, expected, false));
});

describe('what the moves record', () => {
  it.each<[string, StageState, string, StageCommand, Partial<{ invitedBy: string | null; lastInvitationOutcome: string | null }>]>([
    ['an invitation names its sender and clears the last outcome', withV('viewer', {}, 'revoked'), 'h2', { type: 'invite', ...to('v') }, { invitedBy: 'h2', lastInvitationOutcome: null }],
    ['revoking records it, for a late accept', withV('invited'), 'h1', { type: 'revokeInvite', ...to('v') }, { invitedBy: null, lastInvitationOutcome: 'revoked' }],
    ['declining records it', withV('invited'), 'v', { type: 'declineInvite' }, { invitedBy: null, lastInvitationOutcome: 'declined' }],
    ['accepting records it', withV('invited'), 'v', { type: 'acceptInvite' }, { invitedBy: null, lastInvitationOutcome: 'accepted' }],
    ['stepping on while invited accepts it', withV('invited', { accessMode: 'everyone' }), 'v', { type: 'joinStage' }, { invitedBy: null, lastInvitationOutcome: 'accepted' }],
  ])('%s', (_label, state, actor, command, fields) => {
    const result = applyStageCommand(state, command, actorFor(actor), NOW);
    expect(result.ok && result.state.participants.v).toMatchObject(fields);
  });

  it('never changes the state it was given', () => {
    const state = withV('invited');
    const before = structuredClone(state);
    applyStageCommand(state, { type: 'acceptInvite' }, actorFor('v'), NOW);
    expect(state).toEqual(before);
  });
});
