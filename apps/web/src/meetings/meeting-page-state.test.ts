import { describe, expect, it } from '@jest/globals';
import type { Ack, EndedBody, EntryOutcome, MeetingBody } from '@lti-rooms/contracts';
import {
  currentSessionId,
  entersOnConnect,
  initialMeetingPageState,
  meetingPageReducer,
  NO_ANSWER_CODE,
  type MeetingAction,
  type MeetingPageState,
  type MeetingView,
} from './meeting-page-state';

const NOW = Date.parse('2026-11-27T10:00:00Z');

function meeting(overrides: Partial<MeetingBody> = {}): MeetingBody {
  return {
    sessionId: 's1',
    participantId: 'p1',
    roomId: 'r1',
    roomName: 'Workshop',
    mode: 'interactive',
    role: 'participant',
    startedAt: '2026-11-27T10:00:00Z',
    viewOnly: false,
    cameraOnCap: 25,
    locked: false,
    jitsi: {
      provider: 'jitsi',
      domain: 'meet.example.org',
      roomName: 'rooms-abc',
      appId: null,
      jwt: 'jwt-1',
      configOverwrite: {},
      stageConfig: null,
      interfaceConfigOverwrite: {},
      userInfo: { displayName: 'Ada' },
    },
    ...overrides,
  };
}

const ended = (overrides: Partial<EndedBody> = {}): EndedBody => ({ sessionId: 's1', endedAt: '2026-11-27T11:00:00Z', reason: 'host-ended', canRejoin: true, ...overrides });
const ok = (data: EntryOutcome): Ack<EntryOutcome> => ({ ok: true, data });
const waitingOutcome = (overrides: Partial<Extract<EntryOutcome, { kind: 'waiting' }>> = {}): EntryOutcome => ({
  kind: 'waiting', sessionId: 's1', participantId: 'p1', waitingCount: 1, startsAt: null, locked: false, ...overrides,
});

function run(actions: MeetingAction[], from: MeetingPageState = initialMeetingPageState): MeetingPageState {
  return actions.reduce(meetingPageReducer, from);
}

/** Connected, one enter sent (request 1) and answered with `outcome`. */
function entered(outcome: EntryOutcome, at = NOW): MeetingPageState {
  return run([{ type: 'connected' }, { type: 'enter-sent', requestId: 1 }, { type: 'enter-answered', requestId: 1, ack: ok(outcome), at }]);
}

const waiting = () => entered(waitingOutcome());
const admitted = () => entered({ kind: 'admitted', meeting: meeting() });

describe('entering', () => {
  it('starts connecting and shows each kind of answer', () => {
    expect(initialMeetingPageState.view.kind).toBe('connecting');
    expect(entered({ kind: 'countdown', opensAt: '2026-11-27T10:45:00Z', startsAt: '2026-11-27T11:00:00Z' }).view).toEqual({
      kind: 'countdown', opensAt: '2026-11-27T10:45:00Z', startsAt: '2026-11-27T11:00:00Z', answeredAt: NOW, retries: 0,
    });
    expect(waiting().view).toMatchObject({ kind: 'waiting', sessionId: 's1', waitingCount: 1, retries: 0, liveRecheckAt: null });
    expect(admitted().view).toEqual({ kind: 'admitted', meeting: meeting(), presence: null });
    expect(entered({ kind: 'full', cap: 100 }).view).toEqual({ kind: 'full', cap: 100 });
    expect(entered({ kind: 'ended', ended: ended() }).view).toEqual({ kind: 'ended', ended: ended() });
  });

  it('clears the pending request once answered', () => {
    expect(waiting().pendingEnter).toBeNull();
  });

  it('ignores an answer to a request that a newer one superseded', () => {
    const state = run([{ type: 'connected' }, { type: 'enter-sent', requestId: 1 }, { type: 'enter-sent', requestId: 2 }]);
    const after = meetingPageReducer(state, { type: 'enter-answered', requestId: 1, ack: ok({ kind: 'full', cap: 3 }), at: NOW });
    expect(after).toBe(state);
  });

  it('counts identical answers in a row (for the backoff) and restarts the count on news', () => {
    const countdown: EntryOutcome = { kind: 'countdown', opensAt: '2026-11-27T10:45:00Z', startsAt: '2026-11-27T11:00:00Z' };
    let state = entered(countdown);
    state = run([{ type: 'enter-sent', requestId: 2 }, { type: 'enter-answered', requestId: 2, ack: ok(countdown), at: NOW }], state);
    expect(state.view).toMatchObject({ kind: 'countdown', retries: 1 });
    state = run([{ type: 'enter-sent', requestId: 3 }, { type: 'enter-answered', requestId: 3, ack: ok(waitingOutcome()), at: NOW }], state);
    expect(state.view).toMatchObject({ kind: 'waiting', retries: 0 });
  });

  it('keeps a live view while asking again (reconnect), and shows progress from a dead end', () => {
    expect(meetingPageReducer(waiting(), { type: 'enter-sent', requestId: 2 }).view.kind).toBe('waiting');
    expect(meetingPageReducer(admitted(), { type: 'enter-sent', requestId: 2 }).view.kind).toBe('admitted');
    for (const outcome of [{ kind: 'full', cap: 1 }, { kind: 'ended', ended: ended({ sessionId: null }) }] as EntryOutcome[]) {
      expect(meetingPageReducer(entered(outcome), { type: 'enter-sent', requestId: 2 }).view.kind).toBe('connecting');
    }
  });

  it('resumes the same seat after a reconnect without a new meeting view, keeping the head count', () => {
    let state = meetingPageReducer(admitted(), { type: 'presence', event: { sessionId: 's1', inRoomCount: 4, hostPresent: true } });
    const fresh = meeting({ jitsi: { ...meeting().jitsi, jwt: 'jwt-2' } });
    state = run([{ type: 'enter-sent', requestId: 2 }, { type: 'enter-answered', requestId: 2, ack: ok({ kind: 'admitted', meeting: fresh }), at: NOW }], state);
    expect(state.view).toEqual({ kind: 'admitted', meeting: fresh, presence: { inRoomCount: 4, hostPresent: true } });
  });

  it('moves an admitted person back to waiting when the server says so after a reconnect', () => {
    const state = run([{ type: 'enter-sent', requestId: 2 }, { type: 'enter-answered', requestId: 2, ack: ok(waitingOutcome()), at: NOW }], admitted());
    expect(state.view.kind).toBe('waiting');
  });
});

describe('failures', () => {
  const refused: Ack<EntryOutcome> = { ok: false, error: { code: 'FORBIDDEN', reason: 'ROOM_ACTION_NOT_ALLOWED', params: { action: 'view' } } };

  it('shows an ack error as the error view', () => {
    const state = run([{ type: 'connected' }, { type: 'enter-sent', requestId: 1 }, { type: 'enter-answered', requestId: 1, ack: refused, at: NOW }]);
    expect(state.view).toEqual({ kind: 'error', problem: { code: 'FORBIDDEN', message: 'You may not open this room.' } });
  });

  it('keeps a running meeting and shows the failure beside it', () => {
    const state = run([{ type: 'enter-sent', requestId: 2 }, { type: 'enter-answered', requestId: 2, ack: refused, at: NOW }], admitted());
    expect(state.view.kind).toBe('admitted');
    expect(state.problem).toEqual({ code: 'FORBIDDEN', message: 'You may not open this room.' });
    expect(meetingPageReducer(state, { type: 'problem-dismissed' }).problem).toBeNull();
    // "Try again" clears it while asking.
    expect(meetingPageReducer(state, { type: 'enter-sent', requestId: 3 }).problem).toBeNull();
  });

  it('forgets an unanswered request lost with the connection (the reconnect asks again)', () => {
    const noAnswer: Ack<EntryOutcome> = { ok: false, error: { code: NO_ANSWER_CODE } };
    const lost = run([{ type: 'enter-sent', requestId: 2 }, { type: 'connection-lost' }], waiting());
    const state = meetingPageReducer(lost, { type: 'enter-answered', requestId: 2, ack: noAnswer, at: NOW });
    expect(state.view.kind).toBe('waiting');
    expect(state.pendingEnter).toBeNull();
    // Connected but silent: that is a failure worth showing.
    const silent = run([{ type: 'enter-sent', requestId: 2 }, { type: 'enter-answered', requestId: 2, ack: noAnswer, at: NOW }], waiting());
    expect(silent.view.kind).toBe('error');
  });

  it('shows a refused connection, beside the meeting when there is one', () => {
    const problem = { code: 'PLATFORM_INACTIVE', message: 'LTI Rooms has been deactivated for your LMS.' };
    expect(meetingPageReducer(initialMeetingPageState, { type: 'connection-refused', problem }).view).toEqual({ kind: 'error', problem });
    expect(meetingPageReducer(admitted(), { type: 'connection-refused', problem })).toMatchObject({ view: { kind: 'admitted' }, problem });
  });

  it('says "lost" only after having been connected', () => {
    expect(meetingPageReducer(initialMeetingPageState, { type: 'connection-lost' }).connection).toBe('connecting');
    const lost = meetingPageReducer(waiting(), { type: 'connection-lost' });
    expect(lost.connection).toBe('lost');
    expect(meetingPageReducer(lost, { type: 'connected' }).connection).toBe('connected');
  });
});

describe('in the waiting room', () => {
  it('follows the waiting count of its own session only', () => {
    const state = meetingPageReducer(waiting(), { type: 'waiting-count', event: { sessionId: 's1', waitingCount: 5 } });
    expect(state.view).toMatchObject({ waitingCount: 5 });
    expect(meetingPageReducer(state, { type: 'waiting-count', event: { sessionId: 'other', waitingCount: 9 } })).toBe(state);
  });

  it('hears its session being locked and unlocked, not another', () => {
    const locked = meetingPageReducer(waiting(), { type: 'locked', event: { sessionId: 's1', locked: true } });
    expect(locked.view).toMatchObject({ kind: 'waiting', locked: true });
    expect(meetingPageReducer(locked, { type: 'locked', event: { sessionId: 'other', locked: false } })).toBe(locked);
    expect(meetingPageReducer(locked, { type: 'locked', event: { sessionId: 's1', locked: false } }).view).toMatchObject({ locked: false });
  });

  it('moves into the meeting when admitted to its session, not another', () => {
    expect(meetingPageReducer(waiting(), { type: 'admitted', meeting: meeting() }).view).toEqual({ kind: 'admitted', meeting: meeting(), presence: null });
    const other = meeting({ sessionId: 'other' });
    expect(meetingPageReducer(waiting(), { type: 'admitted', meeting: other }).view.kind).toBe('waiting');
  });

  it('shows the full page when it did not fit', () => {
    expect(meetingPageReducer(waiting(), { type: 'full', cap: 100 }).view).toEqual({ kind: 'full', cap: 100 });
  });

  it('shows the ended page when its session ends, not when another does', () => {
    expect(meetingPageReducer(waiting(), { type: 'ended', ended: ended() }).view).toEqual({ kind: 'ended', ended: ended() });
    expect(meetingPageReducer(waiting(), { type: 'ended', ended: ended({ sessionId: 'other' }) }).view.kind).toBe('waiting');
  });

  it('notes when its session goes live, once', () => {
    const live = meetingPageReducer(waiting(), { type: 'session-live', sessionId: 's1', recheckAt: NOW + 4000 });
    expect(live.view).toMatchObject({ liveRecheckAt: NOW + 4000 });
    expect(meetingPageReducer(live, { type: 'session-live', sessionId: 's1', recheckAt: NOW + 9000 })).toBe(live);
    expect(meetingPageReducer(waiting(), { type: 'session-live', sessionId: 'other', recheckAt: NOW })).toEqual(waiting());
  });
});

describe('in the meeting', () => {
  it('follows the presence of its own session only', () => {
    const state = meetingPageReducer(admitted(), { type: 'presence', event: { sessionId: 's1', inRoomCount: 3, hostPresent: false } });
    expect(state.view).toMatchObject({ presence: { inRoomCount: 3, hostPresent: false } });
    expect(meetingPageReducer(state, { type: 'presence', event: { sessionId: 'x', inRoomCount: 1, hostPresent: true } }).view).toBe(state.view);
  });

  it('shows the head count heard before the enter answer once admitted (a reload mid-meeting)', () => {
    const count = { sessionId: 's1', inRoomCount: 7, hostPresent: true };
    const state = run([
      { type: 'connected' },
      { type: 'enter-sent', requestId: 1 },
      // The broadcast of this arrival overtakes the answer to its own enter.
      { type: 'presence', event: count },
      { type: 'enter-answered', requestId: 1, ack: ok({ kind: 'admitted', meeting: meeting() }), at: NOW },
    ]);
    expect(state.view).toEqual({ kind: 'admitted', meeting: meeting(), presence: { inRoomCount: 7, hostPresent: true } });
    // A count heard for another session is not this meeting's.
    const other = run([{ type: 'connected' }, { type: 'enter-sent', requestId: 1 }, { type: 'presence', event: { ...count, sessionId: 'x' } }, { type: 'enter-answered', requestId: 1, ack: ok({ kind: 'admitted', meeting: meeting() }), at: NOW }]);
    expect(other.view).toMatchObject({ presence: null });
  });

  it('ends when its session ends, ignoring other sessions', () => {
    expect(meetingPageReducer(admitted(), { type: 'ended', ended: ended() }).view).toEqual({ kind: 'ended', ended: ended() });
    expect(meetingPageReducer(admitted(), { type: 'ended', ended: ended({ sessionId: 'old' }) }).view.kind).toBe('admitted');
    expect(meetingPageReducer(admitted(), { type: 'ended', ended: ended({ sessionId: null }) }).view.kind).toBe('admitted');
  });

  it('ignores a second admission, a full notice and waiting counts', () => {
    const state = admitted();
    expect(meetingPageReducer(state, { type: 'admitted', meeting: meeting({ participantId: 'p2' }) })).toBe(state);
    expect(meetingPageReducer(state, { type: 'full', cap: 3 })).toBe(state);
    expect(meetingPageReducer(state, { type: 'waiting-count', event: { sessionId: 's1', waitingCount: 2 } })).toBe(state);
  });

});

describe('news that races an answer', () => {
  const pending = () => run([{ type: 'connected' }, { type: 'enter-sent', requestId: 1 }]);

  it('an admission pushed before the answer wins over an older "waiting" answer', () => {
    let state = meetingPageReducer(pending(), { type: 'admitted', meeting: meeting() });
    expect(state.view.kind).toBe('admitted');
    state = meetingPageReducer(state, { type: 'enter-answered', requestId: 1, ack: ok(waitingOutcome()), at: NOW });
    expect(state.view.kind).toBe('admitted');
    expect(state.pendingEnter).toBeNull();
  });

  it('a "full" pushed before the answer wins over an older "waiting" answer', () => {
    let state = meetingPageReducer(pending(), { type: 'full', cap: 10 });
    state = meetingPageReducer(state, { type: 'enter-answered', requestId: 1, ack: ok(waitingOutcome()), at: NOW });
    expect(state.view).toEqual({ kind: 'full', cap: 10 });
  });

  it('an ended session stays ended whatever a late answer says about it', () => {
    let state = meetingPageReducer(pending(), { type: 'ended', ended: ended() });
    expect(state.endedSessionIds).toEqual(['s1']);
    state = meetingPageReducer(state, { type: 'enter-answered', requestId: 1, ack: ok({ kind: 'admitted', meeting: meeting() }), at: NOW });
    expect(state.view.kind).toBe('connecting');
    expect(meetingPageReducer(state, { type: 'admitted', meeting: meeting() }).view.kind).toBe('connecting');
  });

  it('a newer session after an ended one is taken', () => {
    let state = meetingPageReducer(admitted(), { type: 'ended', ended: ended() });
    state = run([{ type: 'enter-sent', requestId: 2 }, { type: 'enter-answered', requestId: 2, ack: ok(waitingOutcome({ sessionId: 's2' })), at: NOW }], state);
    expect(state.view).toMatchObject({ kind: 'waiting', sessionId: 's2' });
  });
});

describe('without a session of ones own', () => {
  const countdown = () => entered({ kind: 'countdown', opensAt: '2026-11-27T10:45:00Z', startsAt: '2026-11-27T11:00:00Z' });

  it('a countdown ends when the time frame ends without a session, not for a session', () => {
    expect(meetingPageReducer(countdown(), { type: 'ended', ended: ended({ sessionId: null, reason: 'schedule-ended' }) }).view.kind).toBe('ended');
    expect(meetingPageReducer(countdown(), { type: 'ended', ended: ended() }).view.kind).toBe('countdown');
  });

  it('a full page learns that the session it could not get into ended', () => {
    expect(meetingPageReducer(entered({ kind: 'full', cap: 3 }), { type: 'ended', ended: ended() }).view.kind).toBe('ended');
  });

  it('ignores admissions and full notices meant for a waiting person', () => {
    const state = countdown();
    expect(meetingPageReducer(state, { type: 'admitted', meeting: meeting() })).toBe(state);
    expect(meetingPageReducer(state, { type: 'full', cap: 3 })).toBe(state);
  });
});

describe('leaving', () => {
  it('stops listening to the server but still remembers ended sessions', () => {
    const state = meetingPageReducer(admitted(), { type: 'leave-started' });
    expect(state.leaving).toBe(true);
    expect(meetingPageReducer(state, { type: 'presence', event: { sessionId: 's1', inRoomCount: 9, hostPresent: true } })).toBe(state);
    const afterEnd = meetingPageReducer(state, { type: 'ended', ended: ended() });
    expect(afterEnd.view.kind).toBe('admitted');
    expect(afterEnd.endedSessionIds).toEqual(['s1']);
  });

  it('knows which session to leave', () => {
    const views: Array<[MeetingView, string | null]> = [
      [waiting().view, 's1'],
      [admitted().view, 's1'],
      [{ kind: 'full', cap: 2 }, null],
      [{ kind: 'connecting' }, null],
    ];
    for (const [view, sessionId] of views) expect(currentSessionId(view)).toBe(sessionId);
  });
});

describe('reconnecting', () => {
  it('enters again from live views, not from dead ends nor while leaving', () => {
    expect(entersOnConnect(initialMeetingPageState)).toBe(true);
    expect(entersOnConnect(waiting())).toBe(true);
    expect(entersOnConnect(admitted())).toBe(true);
    expect(entersOnConnect(entered({ kind: 'full', cap: 2 }))).toBe(false);
    expect(entersOnConnect(entered({ kind: 'ended', ended: ended() }))).toBe(false);
    expect(entersOnConnect(meetingPageReducer(admitted(), { type: 'leave-started' }))).toBe(false);
  });

  it('enters again after "Try again" on an error', () => {
    const problem = { code: 'X', message: 'x' };
    const retrying = run([{ type: 'connection-refused', problem }, { type: 'enter-sent', requestId: 1 }]);
    expect(entersOnConnect(retrying)).toBe(true);
  });
});
