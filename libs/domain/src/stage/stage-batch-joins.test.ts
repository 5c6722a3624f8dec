import { SessionRole } from '../meetings/session-role';
import { applyStageCommand, participantsJoined } from './stage-transitions';
import { StageEvent } from './stage-commands';
import { HOSTS, NOW, stage } from './stage-test-fixtures';
import { StageState } from './stage-state';

/** The batch must be exactly the commands one by one: same state, same events, same order. */
function oneByOne(state: StageState, people: Array<{ userId: string; role: SessionRole }>) {
  let next = state;
  const events: StageEvent[] = [];
  for (const { userId, role } of people) {
    const result = applyStageCommand(next, { type: 'participantJoined', userId, role }, { kind: 'server' }, NOW);
    if (!result.ok) continue;
    next = result.state;
    events.push(...result.events);
  }
  return { state: next, events };
}

describe('participantsJoined', () => {
  const people: Array<{ userId: string; role: SessionRole }> = [
    { userId: 'h3', role: 'host' },
    { userId: 'p1', role: 'participant' },
    { userId: 'v', role: 'host' }, // already there as a viewer: a role change, mid-batch
    { userId: 'h4', role: 'host' },
    { userId: 'o1', role: 'observer' },
    { userId: 'h5', role: 'host' }, // past the cap: joins as a viewer
    { userId: 'p1', role: 'participant' }, // twice in a batch: the second is a reconnect
  ];
  it.each([
    ['an empty stage', stage([])],
    ['hosts on stage and a viewer', stage([...HOSTS, ['v', 'participant', 'viewer']], { cap: 4 })],
    ['a full stage', stage([...HOSTS, ['v', 'participant', 'viewer']], { cap: 2 })],
  ])('gives what the commands one by one give: %s', (_label, initial) => {
    const batch = participantsJoined(initial, people, NOW);
    expect(batch.ok).toBe(true);
    if (!batch.ok) return;
    expect({ state: batch.state, events: batch.events }).toEqual(oneByOne(initial, people));
  });
});
