import { EntryDecision, entryDecision, EntryRequest } from './entry-decision';
import { SessionState } from './session-lifecycle';

const t = (iso: string) => new Date(iso);
const START = t('2026-05-04T12:00:00Z');
const END = t('2026-05-04T13:00:00Z');
const WINDOW = t('2026-05-04T11:45:00Z');

const scheduledRoom: EntryRequest['room'] = { availability: { kind: 'scheduled', start: START, end: END }, earlyEntryMinutes: 15, deletedAt: null };
const alwaysOpenRoom: EntryRequest['room'] = { availability: { kind: 'always' }, earlyEntryMinutes: 15, deletedAt: null };

const waiting: SessionState = { status: 'waiting', openedAt: t('2026-05-04T11:50:00Z') };
const live: SessionState = { status: 'live', openedAt: t('2026-05-04T11:50:00Z'), startedAt: t('2026-05-04T11:55:00Z'), startedBy: 'host' };
const ended: SessionState = { status: 'ended', openedAt: t('2026-05-04T11:50:00Z'), startedAt: t('2026-05-04T11:55:00Z'), endedAt: t('2026-05-04T12:10:00Z'), endReason: 'host-ended' };

interface Case {
  room?: EntryRequest['room'];
  session?: SessionState | null;
  host?: boolean;
  hostPresent?: boolean;
  locked?: boolean;
  /** Participants inside; hosts inside come on top. */
  inRoom?: number;
  hostsInside?: number;
  cap?: number;
  hostEndedAt?: string;
  at: string;
}

function request({ room = scheduledRoom, session = null, host = false, hostPresent = false, locked = false, inRoom = 0, hostsInside = 0, cap = 100, hostEndedAt, at }: Case): EntryRequest {
  return {
    room, session, userIsHost: host, hostPresent, locked,
    hostEndedAt: hostEndedAt ? t(hostEndedAt) : null,
    occupancy: { participantCount: inRoom, everyoneCount: inRoom + hostsInside, totalCap: cap },
    now: t(at),
  };
}

const COUNTDOWN: EntryDecision = { kind: 'countdown', opensAt: WINDOW, startsAt: START };

const SCHEDULED: Array<[string, Case, EntryDecision]> = [
  ['participant, an hour early: countdown to the waiting room', { at: '2026-05-04T11:00:00Z' }, COUNTDOWN],
  ['participant, 1 ms before the window: countdown', { at: '2026-05-04T11:44:59.999Z' }, COUNTDOWN],
  ['participant, the window opens: waits', { at: '2026-05-04T11:45:00Z' }, { kind: 'wait' }],
  ['participant in early entry, others already waiting: waits', { session: waiting, at: '2026-05-04T11:55:00Z' }, { kind: 'wait' }],
  ['participant in early entry, a host is present: starts it (the host\'s start is being written)', { session: waiting, hostPresent: true, at: '2026-05-04T11:55:00Z' }, { kind: 'start', trigger: 'host-present' }],
  ['participant in early entry, the host started early: admitted', { session: live, at: '2026-05-04T11:56:00Z' }, { kind: 'admit' }],
  ['participant at the start time: the room opens by itself', { at: '2026-05-04T12:00:00Z' }, { kind: 'start', trigger: 'schedule' }],
  ['participant at the start with people waiting: releases them', { session: waiting, at: '2026-05-04T12:00:00Z' }, { kind: 'start', trigger: 'schedule' }],
  ['participant during the time frame, session live: admitted', { session: live, at: '2026-05-04T12:30:00Z' }, { kind: 'admit' }],
  ['participant after a host ended the session, frame still running: waits for a host (Rejoin)', { session: ended, hostEndedAt: '2026-05-04T12:10:00Z', at: '2026-05-04T12:30:00Z' }, { kind: 'wait' }],
  ['participant after the host-absence timeout ended it, frame still running: a new session', { session: { ...ended, endReason: 'host-absent' }, at: '2026-05-04T12:30:00Z' }, { kind: 'start', trigger: 'schedule' }],
  ['host after a host ended the session, frame still running: starts a new one', { host: true, session: ended, hostEndedAt: '2026-05-04T12:10:00Z', at: '2026-05-04T12:30:00Z' }, { kind: 'start', trigger: 'host' }],
  ['participant, a host ended an early session before the start: the room still opens at the start', { session: { ...ended, endedAt: t('2026-05-04T11:58:00Z') }, hostEndedAt: '2026-05-04T11:58:00Z', at: '2026-05-04T12:00:00Z' }, { kind: 'start', trigger: 'schedule' }],
  ['participant after a host ended this frame, another host present: starts with them', { session: waiting, hostPresent: true, hostEndedAt: '2026-05-04T12:10:00Z', at: '2026-05-04T12:30:00Z' }, { kind: 'start', trigger: 'host-present' }],
  ['participant after the end time: ended', { at: '2026-05-04T13:00:00Z' }, { kind: 'ended', endedAt: END }],
  ['participant after the end time, last session ended: ended', { session: ended, at: '2026-05-04T14:00:00Z' }, { kind: 'ended', endedAt: END }],
  ['participant after the end time, meeting runs over: admitted', { session: live, at: '2026-05-04T13:20:00Z' }, { kind: 'admit' }],
  ['host, a day early: may start early', { host: true, at: '2026-05-03T12:00:00Z' }, { kind: 'start', trigger: 'host' }],
  ['host in early entry: starts, admitting those waiting', { host: true, session: waiting, at: '2026-05-04T11:50:00Z' }, { kind: 'start', trigger: 'host' }],
  ['host at the start: starts (arriving is enough)', { host: true, at: '2026-05-04T12:00:00Z' }, { kind: 'start', trigger: 'host' }],
  ['second host, session live: joins it', { host: true, session: live, at: '2026-05-04T12:00:00Z' }, { kind: 'admit' }],
  ['host after the end time: ended for hosts too', { host: true, at: '2026-05-04T13:00:00Z' }, { kind: 'ended', endedAt: END }],
  ['no early entry: countdown until the start', { room: { ...scheduledRoom, earlyEntryMinutes: 0 }, at: '2026-05-04T11:59:00Z' }, { kind: 'countdown', opensAt: START, startsAt: START }],
];

const ALWAYS_OPEN: Array<[string, Case, EntryDecision]> = [
  ['participant, never started: waits', { room: alwaysOpenRoom, at: '2026-05-04T12:00:00Z' }, { kind: 'wait' }],
  ['participant, others waiting: waits', { room: alwaysOpenRoom, session: waiting, at: '2026-05-04T12:00:00Z' }, { kind: 'wait' }],
  ['participant, a host is present: starts with them', { room: alwaysOpenRoom, session: waiting, hostPresent: true, at: '2026-05-04T12:00:00Z' }, { kind: 'start', trigger: 'host-present' }],
  ['participant, live: admitted', { room: alwaysOpenRoom, session: live, at: '2026-05-04T12:00:00Z' }, { kind: 'admit' }],
  ['participant, live for days: still admitted', { room: alwaysOpenRoom, session: live, at: '2026-05-09T12:00:00Z' }, { kind: 'admit' }],
  ['participant after the last session ended: waits for a host again', { room: alwaysOpenRoom, session: ended, at: '2026-05-04T12:30:00Z' }, { kind: 'wait' }],
  ['host: starts', { room: alwaysOpenRoom, host: true, at: '2026-05-04T12:00:00Z' }, { kind: 'start', trigger: 'host' }],
  ['host after the last session ended: starts a new one', { room: alwaysOpenRoom, host: true, session: ended, at: '2026-05-04T12:30:00Z' }, { kind: 'start', trigger: 'host' }],
];

const CAPACITY: Array<[string, Case, EntryDecision]> = [
  ['participant, 99 of 100 in: admitted', { session: live, inRoom: 99, at: '2026-05-04T12:30:00Z' }, { kind: 'admit' }],
  ['participant, 100 of 100 in: full', { session: live, inRoom: 100, at: '2026-05-04T12:30:00Z' }, { kind: 'full', cap: 100 }],
  ['participant, 99 participants and 5 hosts in: admitted (hosts take no participant seat)', { session: live, inRoom: 99, hostsInside: 5, at: '2026-05-04T12:30:00Z' }, { kind: 'admit' }],
  ['participant, scheduled room open with nobody inside yet: starts it', { inRoom: 0, at: '2026-05-04T12:30:00Z' }, { kind: 'start', trigger: 'schedule' }],
  ['host, 100 of 100 in: uses an overflow seat', { host: true, session: live, inRoom: 100, at: '2026-05-04T12:30:00Z' }, { kind: 'admit' }],
  ['host, overflow used up: full', { host: true, session: live, inRoom: 100, hostsInside: 10, at: '2026-05-04T12:30:00Z' }, { kind: 'full', cap: 100 }],
  ['panel room at 300: full', { session: live, inRoom: 300, cap: 300, at: '2026-05-04T12:30:00Z' }, { kind: 'full', cap: 300 }],
  ['waiting needs no seat: the count is checked when admitted', { session: waiting, inRoom: 100, at: '2026-05-04T11:50:00Z' }, { kind: 'wait' }],
];

const LOCKED: Array<[string, Case, EntryDecision]> = [
  ['participant, live and locked: waits for a host to admit them', { room: alwaysOpenRoom, session: live, locked: true, hostPresent: true, at: '2026-05-04T12:00:00Z' }, { kind: 'wait' }],
  ['host, live and locked: goes straight in', { room: alwaysOpenRoom, session: live, locked: true, host: true, at: '2026-05-04T12:00:00Z' }, { kind: 'admit' }],
  ['participant, live and unlocked: admitted', { room: alwaysOpenRoom, session: live, locked: false, at: '2026-05-04T12:00:00Z' }, { kind: 'admit' }],
  ['participant, scheduled room locked during its frame: waits too', { session: live, locked: true, at: '2026-05-04T12:30:00Z' }, { kind: 'wait' }],
];

const DELETED: Array<[string, Case, EntryDecision]> = [
  ['deleted room, participant', { room: { ...scheduledRoom, deletedAt: t('2026-05-04T10:00:00Z') }, session: live, at: '2026-05-04T12:30:00Z' }, { kind: 'unavailable' }],
  ['deleted room, host', { room: { ...alwaysOpenRoom, deletedAt: t('2026-05-04T10:00:00Z') }, host: true, at: '2026-05-04T12:30:00Z' }, { kind: 'unavailable' }],
];

describe('entryDecision', () => {
  describe.each([
    ['scheduled room', SCHEDULED],
    ['always-open room', ALWAYS_OPEN],
    ['capacity', CAPACITY],
    ['locked session', LOCKED],
    ['deleted room', DELETED],
  ])('%s', (_group, cases) => {
    it.each(cases)('%s', (_label, input, expected) => {
      expect(entryDecision(request(input))).toEqual(expected);
    });
  });
});
