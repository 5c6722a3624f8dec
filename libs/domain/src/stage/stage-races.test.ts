import { StageRefusal, StageResult } from './stage-commands';
import { HOSTS, positionOf, run, stage, Step } from './stage-test-fixtures';
import { StagePosition, StageState } from './stage-state';

/**
 * The races of issue 6, each as the order in which the server's transactions commit.
 * Every step's expected outcome: 'ok' (something changed), 'no-op' (success, nothing to
 * broadcast) or the refusal the client shows.
 */
type Outcome = 'ok' | 'no-op' | StageRefusal;
type Race = [label: string, initial: StageState, steps: Array<[...Step, Outcome]>, finalPositions: Record<string, StagePosition | undefined>];

const outcomeOf = (result: StageResult): Outcome => (!result.ok ? result.reason : result.events.length === 0 ? 'no-op' : 'ok');

const PANEL = stage([...HOSTS, ['v', 'participant', 'viewer'], ['w', 'participant', 'viewer']]);
const ONE_HOST = stage([['h1', 'host', 'on-stage'], ['v', 'participant', 'viewer']]);
/** Two seats: one host on stage and one seat left. */
const ONE_SEAT_LEFT = stage([['h1', 'host', 'on-stage'], ['v', 'participant', 'viewer'], ['w', 'participant', 'viewer']], { cap: 2 });
const REQUESTS = stage([...HOSTS, ['v', 'participant', 'viewer']], { accessMode: 'request' });
const EVERYONE = stage([['h1', 'host', 'on-stage'], ['v', 'participant', 'viewer'], ['w', 'participant', 'viewer']], { accessMode: 'everyone', cap: 2 });

const RACES: Race[] = [
  [
    'two hosts invite the same viewer: the second is a no-op, not an error',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['h2', { type: 'invite', targetUserId: 'v' }, 'no-op'], ['v', { type: 'acceptInvite' }, 'ok']],
    { v: 'on-stage' },
  ],
  [
    'a viewer accepts an invitation that was just revoked',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['h2', { type: 'revokeInvite', targetUserId: 'v' }, 'ok'], ['v', { type: 'acceptInvite' }, 'INVITATION_REVOKED']],
    { v: 'viewer' },
  ],
  [
    'the revoke loses the race: the host is told the viewer is already on stage',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['v', { type: 'acceptInvite' }, 'ok'], ['h2', { type: 'revokeInvite', targetUserId: 'v' }, 'ALREADY_ON_STAGE']],
    { v: 'on-stage' },
  ],
  [
    'revoked, then invited again: a late accept takes the new invitation',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['h1', { type: 'revokeInvite', targetUserId: 'v' }, 'ok'], ['h2', { type: 'invite', targetUserId: 'v' }, 'ok'], ['v', { type: 'acceptInvite' }, 'ok']],
    { v: 'on-stage' },
  ],
  [
    'the stage fills between invitation and acceptance: told STAGE_FULL, stays a viewer, may accept once a seat frees',
    ONE_SEAT_LEFT,
    [
      ['h1', { type: 'invite', targetUserId: 'v' }, 'ok'],
      ['h1', { type: 'invite', targetUserId: 'w' }, 'ok'],
      ['w', { type: 'acceptInvite' }, 'ok'],
      ['v', { type: 'acceptInvite' }, 'STAGE_FULL'],
      ['h1', { type: 'removeFromStage', targetUserId: 'w' }, 'ok'],
      ['v', { type: 'acceptInvite' }, 'ok'],
    ],
    { v: 'on-stage', w: 'viewer' },
  ],
  [
    'the stage is full and the viewer declines instead',
    ONE_SEAT_LEFT,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['h1', { type: 'invite', targetUserId: 'w' }, 'ok'], ['w', { type: 'acceptInvite' }, 'ok'], ['v', { type: 'acceptInvite' }, 'STAGE_FULL'], ['v', { type: 'declineInvite' }, 'ok']],
    { v: 'viewer', w: 'on-stage' },
  ],
  [
    'a host leaves while an invitation is pending, another host remains: it stays valid',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['server', { type: 'participantLeft', userId: 'h1' }, 'ok'], ['v', { type: 'acceptInvite' }, 'ok']],
    { v: 'on-stage', h1: undefined },
  ],
  [
    'the only host leaves while an invitation is pending: withdrawn, and a host coming back must invite again',
    ONE_HOST,
    [
      ['h1', { type: 'invite', targetUserId: 'v' }, 'ok'],
      ['server', { type: 'participantLeft', userId: 'h1' }, 'ok'],
      ['v', { type: 'acceptInvite' }, 'INVITATION_WITHDRAWN'],
      ['server', { type: 'participantJoined', userId: 'h1', role: 'host' }, 'ok'],
      ['v', { type: 'acceptInvite' }, 'INVITATION_WITHDRAWN'],
      ['h1', { type: 'invite', targetUserId: 'v' }, 'ok'],
      ['v', { type: 'acceptInvite' }, 'ok'],
    ],
    { v: 'on-stage' },
  ],
  [
    'observers are never on stage by default, only by a host\'s explicit invitation',
    stage([['h1', 'host', 'on-stage']], { accessMode: 'everyone' }),
    [
      ['server', { type: 'participantJoined', userId: 'o', role: 'observer' }, 'ok'],
      ['o', { type: 'joinStage' }, 'OBSERVERS_ONLY_BY_INVITATION'],
      ['h1', { type: 'setAccessMode', mode: 'request' }, 'ok'],
      ['o', { type: 'requestStage' }, 'OBSERVERS_ONLY_BY_INVITATION'],
      ['h1', { type: 'invite', targetUserId: 'o' }, 'ok'],
      ['o', { type: 'acceptInvite' }, 'ok'],
    ],
    { o: 'on-stage' },
  ],
  [
    'two hosts bring the same requester up: the second is a no-op',
    REQUESTS,
    [['v', { type: 'requestStage' }, 'ok'], ['h1', { type: 'bringToStage', targetUserId: 'v' }, 'ok'], ['h2', { type: 'bringToStage', targetUserId: 'v' }, 'no-op']],
    { v: 'on-stage' },
  ],
  [
    'one host brings a requester up while another declines: the decline is told it came late',
    REQUESTS,
    [['v', { type: 'requestStage' }, 'ok'], ['h1', { type: 'bringToStage', targetUserId: 'v' }, 'ok'], ['h2', { type: 'declineRequest', targetUserId: 'v' }, 'ALREADY_ON_STAGE']],
    { v: 'on-stage' },
  ],
  [
    'a viewer withdraws just before a host brings them up: not pulled on stage',
    REQUESTS,
    [['v', { type: 'requestStage' }, 'ok'], ['v', { type: 'withdrawRequest' }, 'ok'], ['h1', { type: 'bringToStage', targetUserId: 'v' }, 'NO_PENDING_REQUEST']],
    { v: 'viewer' },
  ],
  [
    'a host brings a viewer up just before the withdrawal arrives: the viewer is told they are on stage',
    REQUESTS,
    [['v', { type: 'requestStage' }, 'ok'], ['h1', { type: 'bringToStage', targetUserId: 'v' }, 'ok'], ['v', { type: 'withdrawRequest' }, 'ALREADY_ON_STAGE']],
    { v: 'on-stage' },
  ],
  [
    'the mode switches to "Invite only" while a host is about to bring a requester up',
    REQUESTS,
    [['v', { type: 'requestStage' }, 'ok'], ['h2', { type: 'setAccessMode', mode: 'invite' }, 'ok'], ['h1', { type: 'bringToStage', targetUserId: 'v' }, 'NO_PENDING_REQUEST']],
    { v: 'viewer' },
  ],
  [
    'two viewers step up for the last seat in "Everyone on stage": first come, first seated',
    EVERYONE,
    [['v', { type: 'joinStage' }, 'ok'], ['w', { type: 'joinStage' }, 'STAGE_FULL'], ['v', { type: 'leaveStage' }, 'ok'], ['w', { type: 'joinStage' }, 'ok']],
    { v: 'viewer', w: 'on-stage' },
  ],
  [
    'a removed panelist clicks "Join stage" again in "Invite only"',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['v', { type: 'acceptInvite' }, 'ok'], ['h2', { type: 'removeFromStage', targetUserId: 'v' }, 'ok'], ['v', { type: 'acceptInvite' }, 'NO_INVITATION']],
    { v: 'viewer' },
  ],
  [
    'the inviting host is demoted while the invitation is pending, another host remains: it stays valid',
    PANEL,
    [['h1', { type: 'invite', targetUserId: 'v' }, 'ok'], ['server', { type: 'roleChanged', userId: 'h1', role: 'participant' }, 'ok'], ['v', { type: 'acceptInvite' }, 'ok']],
    { v: 'on-stage' },
  ],
  [
    'an invited viewer leaves and comes back: the invitation did not survive',
    PANEL,
    [
      ['h1', { type: 'invite', targetUserId: 'v' }, 'ok'],
      ['server', { type: 'participantLeft', userId: 'v' }, 'ok'],
      ['server', { type: 'participantJoined', userId: 'v', role: 'participant' }, 'ok'],
      ['v', { type: 'acceptInvite' }, 'NO_INVITATION'],
    ],
    { v: 'viewer' },
  ],
];

describe('stage races', () => {
  it.each(RACES)('%s', (_label, initial, steps, finalPositions) => {
    const { state, results } = run(initial, steps.map(([actor, command]) => [actor, command]));
    expect(results.map(outcomeOf)).toEqual(steps.map(([, , outcome]) => outcome));
    for (const [userId, position] of Object.entries(finalPositions)) expect(positionOf(state, userId)).toBe(position);
  });

  it('the first inviter stays on the invitation when a second host invites too', () => {
    const { state } = run(PANEL, [['h1', { type: 'invite', targetUserId: 'v' }], ['h2', { type: 'invite', targetUserId: 'v' }]]);
    expect(state.participants.v.invitedBy).toBe('h1');
  });
});
