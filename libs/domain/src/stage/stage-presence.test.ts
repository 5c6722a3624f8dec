import { SessionRole } from '../meetings/session-role';
import { StageEvent, StageServerCommand } from './stage-commands';
import { HOSTS, NOW, Person, run, stage } from './stage-test-fixtures';
import { StagePosition, StageState } from './stage-state';

type Case = [label: string, initial: StageState, command: StageServerCommand, positions: Record<string, StagePosition | undefined>, events: StageEvent[]];

const joined = (userId: string, role: SessionRole, position: StagePosition): StageEvent => ({ type: 'participant-joined', userId, role, position, at: NOW });
const left = (userId: string, wasOnStage: boolean): StageEvent => ({ type: 'participant-left', userId, wasOnStage, at: NOW });
const roleChange = (userId: string, from: SessionRole, to: SessionRole): StageEvent => ({ type: 'role-changed', userId, from, to, at: NOW });
const moved = (userId: string, from: StagePosition, to: StagePosition, cause: Extract<StageEvent, { type: 'position-changed' }>['cause']): StageEvent => ({ type: 'position-changed', userId, from, to, cause, by: null, at: NOW });

const ONE_HOST: Person[] = [['h1', 'host', 'on-stage']];

const CASES: Case[] = [
  ['a host joins on stage', stage([]), { type: 'participantJoined', userId: 'h1', role: 'host' }, { h1: 'on-stage' }, [joined('h1', 'host', 'on-stage')]],
  ['an 11th host finds the stage full: joins off stage', stage(HOSTS, { cap: 2 }), { type: 'participantJoined', userId: 'h3', role: 'host' }, { h3: 'viewer' }, [joined('h3', 'host', 'viewer')]],
  ['a participant joins as a viewer', stage(HOSTS), { type: 'participantJoined', userId: 'p', role: 'participant' }, { p: 'viewer' }, [joined('p', 'participant', 'viewer')]],
  ['a participant joins as a viewer in "Everyone on stage" too', stage(HOSTS, { accessMode: 'everyone' }), { type: 'participantJoined', userId: 'p', role: 'participant' }, { p: 'viewer' }, [joined('p', 'participant', 'viewer')]],
  ['an observer joins as a viewer', stage(HOSTS), { type: 'participantJoined', userId: 'o', role: 'observer' }, { o: 'viewer' }, [joined('o', 'observer', 'viewer')]],
  ['a reconnect resumes where they were', stage([...HOSTS, ['v', 'participant', 'invited']]), { type: 'participantJoined', userId: 'v', role: 'participant' }, { v: 'invited' }, []],
  ['a reconnect with a new role applies it', stage([...HOSTS, ['v', 'participant', 'viewer']]), { type: 'participantJoined', userId: 'v', role: 'host' }, { v: 'on-stage' }, [roleChange('v', 'participant', 'host'), moved('v', 'viewer', 'on-stage', 'host-role')]],
  ['a viewer leaves', stage([...HOSTS, ['v', 'participant', 'viewer']]), { type: 'participantLeft', userId: 'v' }, { v: undefined }, [left('v', false)]],
  ['someone on stage leaves: the seat frees', stage([...HOSTS, ['v', 'participant', 'on-stage']]), { type: 'participantLeft', userId: 'v' }, { v: undefined, h1: 'on-stage' }, [left('v', true)]],
  ['an invited viewer leaves: the invitation goes with them', stage([...HOSTS, ['v', 'participant', 'invited']]), { type: 'participantLeft', userId: 'v' }, { v: undefined }, [left('v', false)]],
  ['someone not here leaves: no-op', stage(HOSTS), { type: 'participantLeft', userId: 'ghost' }, {}, []],
  [
    'a host leaves, another remains: invitations and requests stand',
    stage([...HOSTS, ['v', 'participant', 'invited'], ['r', 'participant', 'requested']], { accessMode: 'request' }),
    { type: 'participantLeft', userId: 'h1' },
    { h1: undefined, v: 'invited', r: 'requested' },
    [left('h1', true)],
  ],
  [
    'the last host leaves: invitations withdrawn, requests closed, the stage stays',
    stage([...ONE_HOST, ['v', 'participant', 'invited'], ['r', 'participant', 'requested'], ['s', 'participant', 'on-stage']], { accessMode: 'request' }),
    { type: 'participantLeft', userId: 'h1' },
    { v: 'viewer', r: 'viewer', s: 'on-stage' },
    [left('h1', true), moved('v', 'invited', 'viewer', 'invitation-withdrawn-no-host'), moved('r', 'requested', 'viewer', 'request-closed-no-host')],
  ],
  ['a viewer promoted to moderator steps on stage', stage([...HOSTS, ['v', 'participant', 'viewer']]), { type: 'roleChanged', userId: 'v', role: 'host' }, { v: 'on-stage' }, [roleChange('v', 'participant', 'host'), moved('v', 'viewer', 'on-stage', 'host-role')]],
  ['an invited viewer promoted: on stage, invitation moot', stage([...HOSTS, ['v', 'participant', 'invited']]), { type: 'roleChanged', userId: 'v', role: 'host' }, { v: 'on-stage' }, [roleChange('v', 'participant', 'host'), moved('v', 'invited', 'on-stage', 'host-role')]],
  ['promoted while the stage is full: a host off stage', stage([...HOSTS, ['v', 'participant', 'viewer']], { cap: 2 }), { type: 'roleChanged', userId: 'v', role: 'host' }, { v: 'viewer' }, [roleChange('v', 'participant', 'host')]],
  ['a requester promoted while full: the request is moot', stage([...HOSTS, ['v', 'participant', 'requested']], { cap: 2, accessMode: 'request' }), { type: 'roleChanged', userId: 'v', role: 'host' }, { v: 'viewer' }, [roleChange('v', 'participant', 'host'), moved('v', 'requested', 'viewer', 'host-role')]],
  ['a panelist promoted stays on stage', stage([...HOSTS, ['v', 'participant', 'on-stage']]), { type: 'roleChanged', userId: 'v', role: 'host' }, { v: 'on-stage' }, [roleChange('v', 'participant', 'host')]],
  ['a moderator demoted keeps their seat', stage([...HOSTS]), { type: 'roleChanged', userId: 'h2', role: 'participant' }, { h2: 'on-stage' }, [roleChange('h2', 'host', 'participant')]],
  [
    'the last host demoted: pending invitations withdrawn',
    stage([...ONE_HOST, ['v', 'participant', 'invited']]),
    { type: 'roleChanged', userId: 'h1', role: 'participant' },
    { h1: 'on-stage', v: 'viewer' },
    [roleChange('h1', 'host', 'participant'), moved('v', 'invited', 'viewer', 'invitation-withdrawn-no-host')],
  ],
  ['a participant marked observer: no stage change', stage([...HOSTS, ['v', 'participant', 'viewer']]), { type: 'roleChanged', userId: 'v', role: 'observer' }, { v: 'viewer' }, [roleChange('v', 'participant', 'observer')]],
  ['the same role again: no-op', stage(HOSTS), { type: 'roleChanged', userId: 'h1', role: 'host' }, { h1: 'on-stage' }, []],
];

describe('presence and roles', () => {
  it.each(CASES)('%s', (_label, initial, command, positions, events) => {
    const { state, results } = run(initial, [['server', command]]);
    expect(results[0]).toMatchObject({ ok: true, events });
    for (const [userId, position] of Object.entries(positions)) expect(state.participants[userId]?.position).toBe(position);
  });

  it('a role change for someone not in the session is refused', () => {
    expect(run(stage(HOSTS), [['server', { type: 'roleChanged', userId: 'ghost', role: 'host' }]]).results[0]).toEqual({ ok: false, reason: 'NOT_IN_SESSION' });
  });

  it('an invitation withdrawn when the hosts left answers a late accept precisely', () => {
    const { results } = run(stage([...ONE_HOST, ['v', 'participant', 'invited']]), [
      ['server', { type: 'participantLeft', userId: 'h1' }],
      ['v', { type: 'acceptInvite' }],
    ]);
    expect(results[1]).toEqual({ ok: false, reason: 'INVITATION_WITHDRAWN' });
  });
});
