import type { Ack, EndedBody, EntryOutcome, LockedEvent, MeetingBody, PresenceEvent, WaitingEvent } from '@lti-rooms/contracts';
import { problemOf } from '../text/refusal-text';

/** A failure the page shows in words: the code, worded by the page (text/refusal-text). */
export interface MeetingProblem {
  code: string;
  message: string;
}

/** Who is in the live session, as the server last counted. */
export type MeetingPresence = Pick<PresenceEvent, 'inRoomCount' | 'hostPresent'>;

/** What the meeting page shows; `kind` is also its `data-state`. */
export type MeetingView =
  | { kind: 'connecting' }
  | { kind: 'countdown'; opensAt: string; startsAt: string; answeredAt: number; retries: number }
  | {
      kind: 'waiting';
      sessionId: string;
      participantId: string;
      waitingCount: number;
      startsAt: string | null;
      /** The session runs but is locked: a host lets people in. */
      locked: boolean;
      answeredAt: number;
      /** Identical answers in a row, for the backoff of asking again at the start time. */
      retries: number;
      /** The session went live: ask again at this time unless the admission arrives first. */
      liveRecheckAt: number | null;
    }
  | { kind: 'admitted'; meeting: MeetingBody; presence: MeetingPresence | null }
  | { kind: 'full'; cap: number }
  | { kind: 'ended'; ended: EndedBody }
  | { kind: 'error'; problem: MeetingProblem };

export type MeetingViewKind = MeetingView['kind'];

export interface MeetingPageState {
  view: MeetingView;
  /** 'lost' only after having been connected: the first connection is just 'connecting'. */
  connection: 'connecting' | 'connected' | 'lost';
  /** The 'session:enter' whose answer the page waits for; older answers are superseded. */
  pendingEnter: number | null;
  /**
   * News the server pushed while `pendingEnter` was out. Its answer may have been decided
   * before that news (events and answers travel separately), so it must not undo it.
   */
  pushedDuringEnter: 'admitted' | 'full' | null;
  /** Sessions known to be over: any later word about them is stale. */
  endedSessionIds: readonly string[];
  /** Entering again failed during a running meeting: shown beside it instead of tearing it down. */
  problem: MeetingProblem | null;
  /** The person chose to leave: nothing the server says matters any more. */
  leaving: boolean;
  /**
   * The latest head count heard, whatever the page showed then: counts travel apart from the
   * enter answer and may come first (a reload mid-meeting), so admission starts from it.
   */
  latestPresence: PresenceEvent | null;
}

export type MeetingAction =
  | { type: 'connected' }
  | { type: 'connection-lost' }
  | { type: 'connection-refused'; problem: MeetingProblem }
  | { type: 'enter-sent'; requestId: number }
  | { type: 'enter-answered'; requestId: number; ack: Ack<EntryOutcome>; at: number }
  | { type: 'waiting-count'; event: WaitingEvent }
  | { type: 'locked'; event: LockedEvent }
  | { type: 'session-live'; sessionId: string; recheckAt: number }
  | { type: 'presence'; event: PresenceEvent }
  | { type: 'admitted'; meeting: MeetingBody }
  | { type: 'full'; cap: number }
  | { type: 'ended'; ended: EndedBody }
  | { type: 'problem-dismissed' }
  | { type: 'leave-started' };

/** The code a request gets when the server did not answer in time (see meeting-socket.ts). */
export const NO_ANSWER_CODE = 'NO_ANSWER';

export const initialMeetingPageState: MeetingPageState = {
  view: { kind: 'connecting' },
  connection: 'connecting',
  pendingEnter: null,
  pushedDuringEnter: null,
  endedSessionIds: [],
  problem: null,
  leaving: false,
  latestPresence: null,
};

/** The session the person waits in or takes part in, if any: what "Leave" leaves. */
export function currentSessionId(view: MeetingView): string | null {
  if (view.kind === 'waiting') return view.sessionId;
  if (view.kind === 'admitted') return view.meeting.sessionId;
  return null;
}

/**
 * Whether a (re)connection should enter at once. Not from a dead end (full, ended, an
 * error): there the person decides with "Try again" or "Rejoin", which shows 'connecting'.
 */
export function entersOnConnect(state: MeetingPageState): boolean {
  if (state.leaving) return false;
  const { kind } = state.view;
  return kind === 'connecting' || kind === 'countdown' || kind === 'waiting' || kind === 'admitted';
}

export function meetingPageReducer(state: MeetingPageState, action: MeetingAction): MeetingPageState {
  if (action.type === 'ended') return sessionEnded(state, action.ended);
  if (state.leaving) return state;
  const { view } = state;
  switch (action.type) {
    case 'connected':
      return { ...state, connection: 'connected' };
    case 'connection-lost':
      return { ...state, connection: state.connection === 'connecting' ? 'connecting' : 'lost' };
    case 'connection-refused':
      return failed({ ...state, pendingEnter: null, pushedDuringEnter: null }, action.problem);
    case 'enter-sent': {
      // Asking again from a dead end shows progress; a live view stays put (no flicker on reconnect).
      const restart = view.kind === 'full' || view.kind === 'ended' || view.kind === 'error';
      return { ...state, view: restart ? { kind: 'connecting' } : view, pendingEnter: action.requestId, pushedDuringEnter: null, problem: null };
    }
    case 'enter-answered':
      return entryAnswered(state, action);
    case 'waiting-count':
      if (view.kind !== 'waiting' || view.sessionId !== action.event.sessionId) return state;
      return { ...state, view: { ...view, waitingCount: action.event.waitingCount } };
    case 'locked':
      if (view.kind !== 'waiting' || view.sessionId !== action.event.sessionId) return state;
      return { ...state, view: { ...view, locked: action.event.locked } };
    case 'session-live':
      if (view.kind !== 'waiting' || view.sessionId !== action.sessionId || view.liveRecheckAt !== null) return state;
      return { ...state, view: { ...view, liveRecheckAt: action.recheckAt } };
    case 'presence': {
      const heard = { ...state, latestPresence: action.event };
      if (view.kind !== 'admitted' || view.meeting.sessionId !== action.event.sessionId) return heard;
      return { ...heard, view: { ...view, presence: presenceOf(action.event) } };
    }
    case 'admitted':
      return admittedByServer(state, action.meeting);
    case 'full':
      // Only someone waiting (or entering) can be turned away from a waiting room.
      if (view.kind !== 'waiting' && view.kind !== 'connecting') return state;
      return { ...state, view: { kind: 'full', cap: action.cap }, pushedDuringEnter: state.pendingEnter === null ? null : 'full' };
    case 'problem-dismissed':
      return { ...state, problem: null };
    case 'leave-started':
      return { ...state, leaving: true };
  }
}

function entryAnswered(state: MeetingPageState, action: Extract<MeetingAction, { type: 'enter-answered' }>): MeetingPageState {
  if (action.requestId !== state.pendingEnter) return state;
  const settled: MeetingPageState = { ...state, pendingEnter: null, pushedDuringEnter: null };
  const { ack } = action;
  if (!ack.ok) {
    // Lost with the connection: the reconnect asks again by itself.
    if (ack.error.code === NO_ANSWER_CODE && state.connection !== 'connected') return settled;
    return failed(settled, problemOf(ack.error));
  }
  const outcome = ack.data;
  if (aboutEndedSession(outcome, state.endedSessionIds)) return settled;
  if (state.pushedDuringEnter === 'admitted' && outcome.kind !== 'admitted') return settled;
  if (state.pushedDuringEnter === 'full' && outcome.kind === 'waiting') return settled;
  if (outcome.kind === 'admitted' && state.view.kind === 'admitted' && sameSeat(state.view.meeting, outcome.meeting)) {
    // Resumed after a reconnect: the same seat, a fresh Jitsi token; the presence count stays.
    return { ...settled, view: { ...state.view, meeting: outcome.meeting } };
  }
  const view = withHeardPresence(viewOfOutcome(outcome, state.view, action.at), state.latestPresence);
  const endedSessionIds = view.kind === 'ended' && view.ended.sessionId ? remember(state.endedSessionIds, view.ended.sessionId) : state.endedSessionIds;
  return { ...settled, view, endedSessionIds };
}

function viewOfOutcome(outcome: EntryOutcome, previous: MeetingView, at: number): MeetingView {
  switch (outcome.kind) {
    case 'countdown': {
      const again = previous.kind === 'countdown' && previous.opensAt === outcome.opensAt;
      return { kind: 'countdown', opensAt: outcome.opensAt, startsAt: outcome.startsAt, answeredAt: at, retries: again ? previous.retries + 1 : 0 };
    }
    case 'waiting': {
      const again = previous.kind === 'waiting' && previous.sessionId === outcome.sessionId && previous.startsAt === outcome.startsAt;
      return {
        kind: 'waiting',
        sessionId: outcome.sessionId,
        participantId: outcome.participantId,
        waitingCount: outcome.waitingCount,
        startsAt: outcome.startsAt,
        locked: outcome.locked,
        answeredAt: at,
        retries: again ? previous.retries + 1 : 0,
        liveRecheckAt: null,
      };
    }
    case 'admitted':
      return { kind: 'admitted', meeting: outcome.meeting, presence: null };
    case 'full':
      return { kind: 'full', cap: outcome.cap };
    case 'ended':
      return { kind: 'ended', ended: outcome.ended };
  }
}

/** The server let a waiting person in (or another tab of theirs entered). */
function admittedByServer(state: MeetingPageState, meeting: MeetingBody): MeetingPageState {
  const { view } = state;
  if (state.endedSessionIds.includes(meeting.sessionId)) return state;
  const waitingHere = view.kind === 'waiting' && view.sessionId === meeting.sessionId;
  // Entering: the session is not known yet, and the message is for this person in this room.
  if (!waitingHere && view.kind !== 'connecting') return state;
  const admitted = withHeardPresence({ kind: 'admitted', meeting, presence: null }, state.latestPresence);
  return { ...state, view: admitted, pushedDuringEnter: state.pendingEnter === null ? null : 'admitted' };
}

function presenceOf(event: PresenceEvent): MeetingPresence {
  return { inRoomCount: event.inRoomCount, hostPresent: event.hostPresent };
}

/** An admission starts from the head count already heard for its session. */
function withHeardPresence(view: MeetingView, heard: PresenceEvent | null): MeetingView {
  if (view.kind !== 'admitted' || view.presence !== null || heard === null || heard.sessionId !== view.meeting.sessionId) return view;
  return { ...view, presence: presenceOf(heard) };
}

function sessionEnded(state: MeetingPageState, ended: EndedBody): MeetingPageState {
  const endedSessionIds = ended.sessionId ? remember(state.endedSessionIds, ended.sessionId) : state.endedSessionIds;
  const remembered = { ...state, endedSessionIds };
  if (state.leaving) return remembered;
  const { view } = state;
  const current = currentSessionId(view);
  const concernsView =
    current !== null
      ? ended.sessionId === current
      : // No session of one's own: the room's time frame ended, or the session one could not get into.
        (ended.sessionId === null && (view.kind === 'connecting' || view.kind === 'countdown')) || view.kind === 'full';
  if (!concernsView) return remembered;
  return { ...remembered, view: { kind: 'ended', ended }, problem: null };
}

/** A failure replaces the page, except a running meeting: the video goes on, the problem shows beside it. */
function failed(state: MeetingPageState, problem: MeetingProblem): MeetingPageState {
  if (state.view.kind === 'admitted') return { ...state, problem };
  return { ...state, view: { kind: 'error', problem } };
}

function aboutEndedSession(outcome: EntryOutcome, endedSessionIds: readonly string[]): boolean {
  const sessionId = outcome.kind === 'waiting' ? outcome.sessionId : outcome.kind === 'admitted' ? outcome.meeting.sessionId : null;
  return sessionId !== null && endedSessionIds.includes(sessionId);
}

function sameSeat(a: MeetingBody, b: MeetingBody): boolean {
  return a.sessionId === b.sessionId && a.participantId === b.participantId;
}

function remember(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids : [...ids, id];
}
