import { SessionCommand, SessionState } from './session-lifecycle';
import { SweepInput, sweepSession } from './session-sweep';

const t = (iso: string) => new Date(iso);
const scheduled: SweepInput['room'] = { availability: { kind: 'scheduled', start: t('2026-05-04T12:00:00Z'), end: t('2026-05-04T13:00:00Z') }, deletedAt: null };
const alwaysOpen: SweepInput['room'] = { availability: { kind: 'always' }, deletedAt: null };

const waiting: SessionState = { status: 'waiting', openedAt: t('2026-05-04T11:50:00Z') };
const live: SessionState = { status: 'live', openedAt: t('2026-05-04T11:50:00Z'), startedAt: t('2026-05-04T12:00:00Z'), startedBy: 'schedule' };
const ended: SessionState = { status: 'ended', openedAt: t('2026-05-04T11:50:00Z'), startedAt: null, endedAt: t('2026-05-04T13:00:00Z'), endReason: 'schedule-ended' };

interface Case {
  room?: SweepInput['room'];
  session: SessionState | null;
  hostPresent?: boolean;
  /** Someone is waiting or inside; true unless a case says otherwise. */
  anyonePresent?: boolean;
  lastHostSeen?: string | null;
  hostEndedAt?: string;
  at: string;
}

const sweep = ({ room = scheduled, session, hostPresent = false, anyonePresent = true, lastHostSeen = null, hostEndedAt, at }: Case) =>
  sweepSession({
    room, session, hostPresent, anyonePresent,
    lastHostSeenAt: lastHostSeen === null ? null : t(lastHostSeen),
    hostEndedAt: hostEndedAt ? t(hostEndedAt) : null,
    hostAbsenceTimeoutMinutes: 15,
    now: t(at),
  });

const CASES: Array<[string, Case, SessionCommand | null]> = [
  ['no session: nothing to do', { session: null, at: '2026-05-04T12:00:00Z' }, null],
  ['ended: nothing to do', { session: ended, at: '2026-05-04T14:00:00Z' }, null],
  ['waiting in early entry, no host: keeps waiting', { session: waiting, at: '2026-05-04T11:55:00Z' }, null],
  ['waiting, a host is present: released', { session: waiting, hostPresent: true, at: '2026-05-04T11:55:00Z' }, { type: 'start', trigger: 'host-present' }],
  ['waiting, the start time came: the room opens by itself', { session: waiting, at: '2026-05-04T12:00:00Z' }, { type: 'start', trigger: 'schedule' }],
  ['waiting again after a host ended this frame\'s session: waits for a host', { session: waiting, hostEndedAt: '2026-05-04T12:10:00Z', at: '2026-05-04T12:30:00Z' }, null],
  ['waiting after a host ended it, a host is back: released', { session: waiting, hostEndedAt: '2026-05-04T12:10:00Z', hostPresent: true, at: '2026-05-04T12:30:00Z' }, { type: 'start', trigger: 'host-present' }],
  ['waiting, the time frame passed unhosted: ends unstarted', { session: waiting, at: '2026-05-04T13:00:00Z' }, { type: 'end', reason: 'schedule-ended' }],
  ['waiting, everyone has left: abandoned', { room: alwaysOpen, session: waiting, anyonePresent: false, at: '2026-05-04T12:00:00Z' }, { type: 'end', reason: 'abandoned' }],
  ['waiting in early entry, everyone has left: abandoned before the room could open', { session: waiting, anyonePresent: false, at: '2026-05-04T11:58:00Z' }, { type: 'end', reason: 'abandoned' }],
  ['live, nobody present but within the host-absence timeout: stays', { session: live, anyonePresent: false, lastHostSeen: '2026-05-04T12:20:00Z', at: '2026-05-04T12:30:00Z' }, null],
  ['waiting in an always-open room: waits for a host however long', { room: alwaysOpen, session: waiting, at: '2026-05-09T12:00:00Z' }, null],
  ['live, host present', { session: live, hostPresent: true, lastHostSeen: '2026-05-04T12:59:50Z', at: '2026-05-04T13:00:00Z' }, null],
  ['live, host gone 14 minutes', { session: live, lastHostSeen: '2026-05-04T12:16:00Z', at: '2026-05-04T12:30:00Z' }, null],
  ['live, host gone 15 minutes: ends', { session: live, lastHostSeen: '2026-05-04T12:15:00Z', at: '2026-05-04T12:30:00Z' }, { type: 'end', reason: 'host-absent' }],
  ['live, opened by the schedule, no host ever came: counts from the start', { session: live, at: '2026-05-04T12:14:59Z' }, null],
  ['live, opened by the schedule, no host for 15 minutes: ends', { session: live, at: '2026-05-04T12:15:00Z' }, { type: 'end', reason: 'host-absent' }],
  ['a host seen before this session began counts from the start', { session: live, lastHostSeen: '2026-05-04T11:00:00Z', at: '2026-05-04T12:10:00Z' }, null],
  ['live past the scheduled end with a host: not cut off', { session: live, hostPresent: true, at: '2026-05-04T14:00:00Z' }, null],
  ['the room was deleted while live', { room: { ...scheduled, deletedAt: t('2026-05-04T12:20:00Z') }, session: live, hostPresent: true, at: '2026-05-04T12:21:00Z' }, { type: 'end', reason: 'room-deleted' }],
  ['the room was deleted while people waited', { room: { ...alwaysOpen, deletedAt: t('2026-05-04T12:20:00Z') }, session: waiting, at: '2026-05-04T12:21:00Z' }, { type: 'end', reason: 'room-deleted' }],
];

describe('sweepSession', () => {
  it.each(CASES)('%s', (_label, input, expected) => expect(sweep(input)).toEqual(expected));
});
