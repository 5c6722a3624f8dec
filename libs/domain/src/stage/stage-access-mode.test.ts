import { StageAccessMode } from '../rooms/room-mode';
import { StageEvent } from './stage-commands';
import { HOSTS, NOW, run, stage } from './stage-test-fixtures';

const pending = (accessMode: StageAccessMode) =>
  stage([...HOSTS, ['asker', 'participant', 'requested'], ['guest', 'participant', 'invited'], ['panelist', 'participant', 'on-stage'], ['watcher', 'participant', 'viewer']], { accessMode });

const modeChanged = (from: StageAccessMode, to: StageAccessMode): StageEvent => ({ type: 'access-mode-changed', from, to, by: 'h1', at: NOW });
const requestClosed: StageEvent = { type: 'position-changed', userId: 'asker', from: 'requested', to: 'viewer', cause: 'request-closed-by-access-mode', by: 'h1', at: NOW };

describe('setAccessMode', () => {
  it.each<[StageAccessMode, StageAccessMode, StageEvent[]]>([
    ['invite', 'request', [modeChanged('invite', 'request')]],
    ['invite', 'everyone', [modeChanged('invite', 'everyone')]],
    // Leaving "Join by request" closes the pending requests; their askers are told.
    ['request', 'invite', [modeChanged('request', 'invite'), requestClosed]],
    ['request', 'everyone', [modeChanged('request', 'everyone'), requestClosed]],
    ['everyone', 'invite', [modeChanged('everyone', 'invite')]],
    ['everyone', 'request', [modeChanged('everyone', 'request')]],
  ])('%s → %s', (from, to, events) => {
    // Requests exist only in "Join by request"; the other modes start without them.
    const initial = from === 'request' ? pending(from) : stage([...HOSTS, ['guest', 'participant', 'invited'], ['panelist', 'participant', 'on-stage'], ['watcher', 'participant', 'viewer']], { accessMode: from });
    const { state, results } = run(initial, [['h1', { type: 'setAccessMode', mode: to }]]);
    expect(results[0]).toMatchObject({ ok: true, events });
    expect(state.accessMode).toBe(to);
    // Invitations stay valid in every mode; nobody is taken off the stage.
    expect(state.participants.guest.position).toBe('invited');
    expect(state.participants.panelist.position).toBe('on-stage');
    expect(state.participants.watcher.position).toBe('viewer');
  });

  it.each<[string, string]>([
    ['a participant', 'watcher'],
    ['someone on stage but not a host', 'panelist'],
  ])('%s may not switch it', (_label, actor) => {
    expect(run(pending('request'), [[actor, { type: 'setAccessMode', mode: 'everyone' }]]).results[0]).toEqual({ ok: false, reason: 'HOSTS_ONLY' });
  });
});
