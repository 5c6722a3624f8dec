import {
  ackErrorSchema,
  admittedEventSchema,
  cameraResultSchema,
  endedSchema,
  entryOutcomeSchema,
  fullEventSchema,
  jitsiTokenSchema,
  presenceEventSchema,
  sessionStatusEventSchema,
  waitingEventSchema,
  lockedEventSchema,
  type Ack,
  type CameraResult,
  type JitsiTokenBody,
} from '@lti-rooms/contracts';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { z } from 'zod';
import { markSessionExpired } from '../api/session-expiry';
import { problemOf } from '../text/refusal-text';
import { getLaunchToken, tokenSource } from '../boot/launch-token';
import { currentSessionId, entersOnConnect, initialMeetingPageState, meetingPageReducer, NO_ANSWER_CODE, type MeetingPageState, type MeetingProblem } from './meeting-page-state';
import { EXPIRED_LAUNCH_CODES, listen, openMeetingSocket, request, type MeetingSocket } from './meeting-socket';
import { liveSafetyDelayMs, nextReentryAt } from './reentry';
import { runAt } from './run-at';
import { createStageChannel, type StageChannel } from '../stage/stage-channel';
import { createWaitingChannel, type WaitingChannel } from './waiting-channel';

const ENTER_TIMEOUT_MS = 15_000;
/** Leaving must not hold the person back: the server also notices a closed connection within ~30 s. */
const LEAVE_TIMEOUT_MS = 2_000;
const END_TIMEOUT_MS = 10_000;
const CAMERA_TIMEOUT_MS = 10_000;
const TOKEN_TIMEOUT_MS = 10_000;
const noData = z.null();

export interface MeetingSession {
  state: MeetingPageState;
  /** "Try again", "Rejoin": enters again, reconnecting first when the connection is down. */
  enterAgain: () => void;
  /** Tells the server the person left (waiting at most ~2 s for it) and closes the connection. */
  leave: () => Promise<void>;
  /** Hosts: ends the session for everyone; resolves with the refusal, or null once asked. */
  endForEveryone: () => Promise<MeetingProblem | null>;
  /** Interactive rooms: takes or gives back a camera slot; null when the request failed. */
  setCamera: (on: boolean) => Promise<CameraResult | null>;
  /** Admitted: a fresh Jitsi token for the seat, minted from the person's current role. */
  renewJitsiToken: (sessionId: string) => Promise<Ack<JitsiTokenBody>>;
  dismissProblem: () => void;
  /** Panel rooms: the stage's commands, snapshots and changes over the same connection. */
  stage: StageChannel;
  /** Hosts: the lock and the waiting room, over the same connection. */
  waiting: WaitingChannel;
}

/**
 * The meeting page's session with the server (SPEC "Meetings"): one Socket.IO connection,
 * 'session:enter' on every (re)connection — the server resumes the same participant — and
 * the server's news folded into the page state by meetingPageReducer.
 */
export function useMeetingSession(roomId: string): MeetingSession {
  const [state, dispatch] = useReducer(meetingPageReducer, initialMeetingPageState);
  const socketRef = useRef<MeetingSocket | null>(null);
  const stateRef = useRef(state);
  const lastRequestId = useRef(0);
  useEffect(() => {
    stateRef.current = state;
  });

  const enter = useCallback(() => {
    const socket = socketRef.current;
    if (!socket) return;
    const requestId = ++lastRequestId.current;
    dispatch({ type: 'enter-sent', requestId });
    // Its 'connect' handler enters (with a newer request id, so this one is superseded).
    if (!socket.connected) {
      socket.connect();
      return;
    }
    // The session the page is in: if it ended while the connection was down, the answer says so.
    const sessionId = currentSessionId(stateRef.current.view) ?? undefined;
    void request(socket, 'session:enter', { roomId, sessionId }, entryOutcomeSchema, ENTER_TIMEOUT_MS).then((ack) =>
      dispatch({ type: 'enter-answered', requestId, ack, at: Date.now() }),
    );
  }, [roomId]);

  useEffect(() => {
    if (!getLaunchToken()) {
      markSessionExpired('never-launched');
      return undefined;
    }
    const socket = openMeetingSocket();
    socketRef.current = socket;
    socket.on('connect', () => {
      dispatch({ type: 'connected' });
      if (entersOnConnect(stateRef.current)) enter();
    });
    socket.on('disconnect', (reason) => {
      dispatch({ type: 'connection-lost' });
      // The server closed this connection (a restart, a deploy): Socket.IO leaves reconnecting to us.
      if (reason === 'io server disconnect') socket.connect();
    });
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    socket.on('connect_error', (error: Error & { data?: { code?: unknown; retryAfterSeconds?: unknown } }) => {
      const code = typeof error.data?.code === 'string' ? error.data.code : null;
      if (code && EXPIRED_LAUNCH_CODES.has(code)) {
        markSessionExpired(tokenSource() === 'this-tab' ? 'expired' : 'never-launched');
        return;
      }
      if (code === 'RATE_LIMITED') {
        // Too many connections from this network at once (a whole class): try again when the server says, spread out.
        const seconds = typeof error.data?.retryAfterSeconds === 'number' ? error.data.retryAfterSeconds : 5;
        dispatch({ type: 'connection-lost' });
        retryTimer = setTimeout(() => socket.connect(), (seconds + Math.random() * 5) * 1000);
        return;
      }
      // Network trouble: Socket.IO keeps trying by itself. A refusal by the server stops it.
      if (socket.active) return;
      dispatch({ type: 'connection-refused', problem: problemOf(ackErrorSchema.safeParse(error.data).data ?? { code: code ?? 'INTERNAL' }) });
    });
    const unsubscribe = [
      listen(socket, 'session:waiting', waitingEventSchema, (event) => dispatch({ type: 'waiting-count', event })),
      listen(socket, 'session:locked', lockedEventSchema, (event) => dispatch({ type: 'locked', event })),
      listen(socket, 'session:presence', presenceEventSchema, (event) => dispatch({ type: 'presence', event })),
      listen(socket, 'session:status', sessionStatusEventSchema, ({ sessionId }) =>
        dispatch({ type: 'session-live', sessionId, recheckAt: Date.now() + liveSafetyDelayMs() }),
      ),
      listen(socket, 'session:admitted', admittedEventSchema, ({ meeting }) => dispatch({ type: 'admitted', meeting })),
      listen(socket, 'session:full', fullEventSchema, ({ cap }) => dispatch({ type: 'full', cap })),
      listen(socket, 'session:ended', endedSchema, (ended) => dispatch({ type: 'ended', ended })),
    ];

    return () => {
      const { view, leaving } = stateRef.current;
      const sessionId = currentSessionId(view);
      // Navigating away inside the app is leaving. A reload never gets here: it keeps the seat for a moment.
      if (sessionId && !leaving && socket.connected) socket.emit('session:leave', { sessionId }, () => undefined);
      unsubscribe.forEach((off) => off());
      clearTimeout(retryTimer);
      socket.off();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [enter]);

  // Countdown over, scheduled start reached, session gone live: ask again by itself.
  const reentry = nextReentryAt(state.view);
  useEffect(() => (reentry === null ? undefined : runAt(reentry, enter)), [reentry, enter]);

  const leaving = useRef(false);
  const leave = useCallback(async () => {
    // "Leave session" and Jitsi's hang-up can both fire: leave once.
    if (leaving.current) return;
    leaving.current = true;
    const socket = socketRef.current;
    const sessionId = currentSessionId(stateRef.current.view);
    dispatch({ type: 'leave-started' });
    if (socket?.connected && sessionId) await request(socket, 'session:leave', { sessionId }, noData, LEAVE_TIMEOUT_MS);
    socket?.disconnect();
  }, []);

  const endForEveryone = useCallback(async () => {
    const socket = socketRef.current;
    const { view } = stateRef.current;
    if (!socket || view.kind !== 'admitted') return null;
    const ack = await request(socket, 'session:end', { sessionId: view.meeting.sessionId }, noData, END_TIMEOUT_MS);
    // Success needs nothing more: 'session:ended' reaches this page like everyone else's.
    return ack.ok ? null : problemOf(ack.error);
  }, []);

  const setCamera = useCallback(async (on: boolean) => {
    const socket = socketRef.current;
    const { view } = stateRef.current;
    if (!socket?.connected || view.kind !== 'admitted') return null;
    const ack = await request(socket, 'camera:set', { sessionId: view.meeting.sessionId, on }, cameraResultSchema, CAMERA_TIMEOUT_MS);
    return ack.ok ? ack.data : null;
  }, []);

  const renewJitsiToken = useCallback(async (sessionId: string): Promise<Ack<JitsiTokenBody>> => {
    const socket = socketRef.current;
    // Disconnected: the reconnect enters again and brings a fresh token with the meeting.
    if (!socket?.connected) return { ok: false, error: { code: NO_ANSWER_CODE } };
    return request(socket, 'session:token', { sessionId }, jitsiTokenSchema, TOKEN_TIMEOUT_MS);
  }, []);

  const dismissProblem = useCallback(() => dispatch({ type: 'problem-dismissed' }), []);
  const stage = useMemo(() => createStageChannel(() => socketRef.current), []);
  const waiting = useMemo(() => createWaitingChannel(() => socketRef.current), []);

  return { state, enterAgain: enter, leave, endForEveryone, setCamera, renewJitsiToken, dismissProblem, stage, waiting };
}
