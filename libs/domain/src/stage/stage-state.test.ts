import { defaultFeaturesFor } from '../rooms/room-mode';
import { stage, T0 } from './stage-test-fixtures';
import { hostsPresent, initialStageState, participantsIn, seatsTaken, stageHasRoom, stageLists } from './stage-state';

describe('initialStageState', () => {
  it('a panel session starts "Invite only" with 10 seats', () => {
    expect(initialStageState(defaultFeaturesFor('panel'))).toEqual({ accessMode: 'invite', cap: 10, participants: {} });
  });

  it('a template sets its own default and seat count', () => {
    expect(initialStageState({ stageAccessDefault: 'request', cameraOnCap: 6 })).toEqual({ accessMode: 'request', cap: 6, participants: {} });
  });
});

describe('stage selectors', () => {
  const state = stage(
    [
      ['h1', 'host', 'on-stage'],
      ['p1', 'participant', 'on-stage'],
      ['r2', 'participant', 'requested'],
      ['r1', 'participant', 'requested'],
      ['i1', 'participant', 'invited'],
      ['v1', 'participant', 'viewer'],
      ['o1', 'observer', 'viewer'],
    ],
    { cap: 3 },
  );

  it.each<[string, () => unknown, unknown]>([
    ['seats taken count hosts', () => seatsTaken(state), 2],
    ['room left', () => stageHasRoom(state), true],
    ['no room at the cap', () => stageHasRoom({ ...state, cap: 2 }), false],
    ['a host is present', () => hostsPresent(state), true],
    ['no host present', () => hostsPresent(stage([['v', 'participant', 'viewer']])), false],
    ['requests, ties broken by id', () => participantsIn(state, 'requested').map((p) => p.userId), ['r1', 'r2']],
  ])('%s', (_label, read, expected) => expect(read()).toEqual(expected));

  it('requests are listed oldest first', () => {
    const later = { ...state.participants.r1, since: new Date(T0.getTime() + 1000) };
    expect(participantsIn({ ...state, participants: { ...state.participants, r1: later } }, 'requested').map((p) => p.userId)).toEqual(['r2', 'r1']);
  });

  it("the hosts' panel lists On stage, Requests and Viewers (invited among viewers)", () => {
    const lists = stageLists(state);
    expect({ onStage: lists.onStage.map((p) => p.userId), requests: lists.requests.map((p) => p.userId), viewers: lists.viewers.map((p) => p.userId) }).toEqual({
      onStage: ['h1', 'p1'],
      requests: ['r1', 'r2'],
      viewers: ['o1', 'v1', 'i1'],
    });
  });
});
