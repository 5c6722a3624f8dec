import { applySessionCommand, currentSession, SessionCommand, SessionState, SessionTransition } from './session-lifecycle';

const t = (iso: string) => new Date(iso);
const OPENED = t('2026-05-04T11:50:00Z');
const STARTED = t('2026-05-04T12:00:00Z');
const NOW = t('2026-05-04T12:30:00Z');

const waiting: SessionState = { status: 'waiting', openedAt: OPENED };
const live: SessionState = { status: 'live', openedAt: OPENED, startedAt: STARTED, startedBy: 'host' };
const ended: SessionState = { status: 'ended', openedAt: OPENED, startedAt: STARTED, endedAt: t('2026-05-04T12:20:00Z'), endReason: 'host-ended' };

const OPEN: SessionCommand = { type: 'open' };
const startBy = (trigger: 'host' | 'host-present' | 'schedule'): SessionCommand => ({ type: 'start', trigger });
const endFor = (reason: 'host-ended' | 'host-absent' | 'schedule-ended' | 'room-deleted'): SessionCommand => ({ type: 'end', reason });

const CASES: Array<[string, SessionState | null, SessionCommand, SessionTransition]> = [
  ['first person in the waiting room opens a session', null, OPEN, { ok: true, changed: true, session: { status: 'waiting', openedAt: NOW } }],
  ['a host starts a room with nobody waiting', null, startBy('host'), { ok: true, changed: true, session: { status: 'live', openedAt: NOW, startedAt: NOW, startedBy: 'host' } }],
  ['a scheduled room opens by itself', null, startBy('schedule'), { ok: true, changed: true, session: { status: 'live', openedAt: NOW, startedAt: NOW, startedBy: 'schedule' } }],
  ['nothing to end', null, endFor('host-ended'), { ok: false, reason: 'NO_SESSION' }],
  ['a second person waits: nothing changes', waiting, OPEN, { ok: true, changed: false, session: waiting }],
  ['a host arrives: waiting becomes live, keeping when it opened', waiting, startBy('host'), { ok: true, changed: true, session: { status: 'live', openedAt: OPENED, startedAt: NOW, startedBy: 'host' } }],
  ['a present host releases the waiting room', waiting, startBy('host-present'), { ok: true, changed: true, session: { status: 'live', openedAt: OPENED, startedAt: NOW, startedBy: 'host-present' } }],
  ['the start time releases the waiting room', waiting, startBy('schedule'), { ok: true, changed: true, session: { status: 'live', openedAt: OPENED, startedAt: NOW, startedBy: 'schedule' } }],
  ['the time frame passed with nobody hosting', waiting, endFor('schedule-ended'), { ok: true, changed: true, session: { status: 'ended', openedAt: OPENED, startedAt: null, endedAt: NOW, endReason: 'schedule-ended' } }],
  ['the room is deleted while people wait', waiting, endFor('room-deleted'), { ok: true, changed: true, session: { status: 'ended', openedAt: OPENED, startedAt: null, endedAt: NOW, endReason: 'room-deleted' } }],
  ['someone enters a live session: nothing changes', live, OPEN, { ok: true, changed: false, session: live }],
  ['a second host presses Start at the same moment: the first won', live, startBy('host'), { ok: true, changed: false, session: live }],
  ['the schedule does not restart a live session', live, startBy('schedule'), { ok: true, changed: false, session: live }],
  ['a host ends it for everyone', live, endFor('host-ended'), { ok: true, changed: true, session: { status: 'ended', openedAt: OPENED, startedAt: STARTED, endedAt: NOW, endReason: 'host-ended' } }],
  ['no host for the timeout', live, endFor('host-absent'), { ok: true, changed: true, session: { status: 'ended', openedAt: OPENED, startedAt: STARTED, endedAt: NOW, endReason: 'host-absent' } }],
  ['two hosts end it at once (or every process sweeps): still one end', ended, endFor('host-absent'), { ok: true, changed: false, session: ended }],
  ['an ended session is not reopened: the next meeting is a new session', ended, OPEN, { ok: false, reason: 'SESSION_ENDED' }],
  ['an ended session is not restarted', ended, startBy('host'), { ok: false, reason: 'SESSION_ENDED' }],
];

describe('applySessionCommand', () => {
  it.each(CASES)('%s', (_label, session, command, expected) => {
    expect(applySessionCommand(session, command, NOW)).toEqual(expected);
  });

  it('does not change the state it was given', () => {
    const before = structuredClone(waiting);
    applySessionCommand(waiting, startBy('host'), NOW);
    expect(waiting).toEqual(before);
  });
});

describe('currentSession', () => {
  it.each<[string, SessionState | null, SessionState | null]>([
    ['none yet', null, null],
    ['waiting', waiting, waiting],
    ['live', live, live],
    ['ended counts as none', ended, null],
  ])('%s', (_label, latest, expected) => expect(currentSession(latest)).toEqual(expected));
});
