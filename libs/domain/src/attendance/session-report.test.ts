import type { AttendanceEvent } from '../meetings/attendance';
import { RECONNECT_MERGE_SECONDS, scheduledStartFor, sessionReport } from './session-report';

const T0 = new Date('2026-05-04T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ev = (userId: string, type: AttendanceEvent['type'], minutes: number, connectionId = `${userId}-tab`): AttendanceEvent => ({ userId, type, at: at(minutes), connectionId });
const ended = (minutes: number, scheduledStartAt: Date | null = null) => ({ startedAt: T0, endedAt: at(minutes), now: at(minutes + 100), scheduledStartAt });
const spans = (segments: Array<{ from: Date; to: Date | null }>) => segments.map((s) => [(s.from.getTime() - T0.getTime()) / 60_000, s.to === null ? null : (s.to.getTime() - T0.getTime()) / 60_000]);

describe('sessionReport', () => {
  it('a reconnect within the resume window is one segment; its gap is not counted as present', () => {
    const gap = (RECONNECT_MERGE_SECONDS - 20) / 60;
    const { rows } = sessionReport([ev('a', 'join', 0), ev('a', 'leave', 10), ev('a', 'join', 10 + gap), ev('a', 'leave', 30)], ended(40));
    expect(spans(rows[0].segments)).toEqual([[0, 30]]);
    expect(rows[0].secondsPresent).toBe(30 * 60 - 40);
    expect(rows[0]).toMatchObject({ minutesPresent: 29, percentOfSession: 73 });
  });

  it('a longer gap makes two segments', () => {
    const { rows } = sessionReport([ev('a', 'join', 0), ev('a', 'leave', 10), ev('a', 'join', 12), ev('a', 'leave', 20)], ended(20));
    expect(spans(rows[0].segments)).toEqual([[0, 10], [12, 20]]);
    expect(rows[0]).toMatchObject({ minutesPresent: 18, percentOfSession: 90 });
  });

  it('two tabs at once are merged, not added', () => {
    const { rows } = sessionReport([ev('a', 'join', 0, 't1'), ev('a', 'join', 5, 't2'), ev('a', 'leave', 15, 't2'), ev('a', 'leave', 20, 't1')], ended(20));
    expect(rows[0]).toMatchObject({ minutesPresent: 20, percentOfSession: 100 });
  });

  it.each([
    ['on time', 0, null, 0],
    ['five minutes late', 5, null, 5],
    ['late by 4 min 59 s counts 4', 4 + 59 / 60, null, 4],
    ['a session that started 10 min after the schedule: arriving at its start is not late', 10, 10, 0],
  ])('lateness against the scheduled start: %s', (_label, joinMinute, sessionStartsAt, late) => {
    const startedAt = sessionStartsAt === null ? T0 : at(sessionStartsAt);
    const report = sessionReport([ev('a', 'join', joinMinute), ev('a', 'leave', 50)], { startedAt, endedAt: at(60), now: at(60), scheduledStartAt: T0 });
    expect(report.rows[0].lateMinutes).toBe(late);
  });

  it('an always-open room has no lateness', () => {
    expect(sessionReport([ev('a', 'join', 5)], ended(10)).rows[0].lateMinutes).toBeNull();
  });

  it('stage and camera minutes count only while present; a leave closes them', () => {
    const events = [
      ev('a', 'join', 0), ev('a', 'stage_on', 2), ev('a', 'camera_on', 3), ev('a', 'camera_off', 8), ev('a', 'leave', 10),
      ev('a', 'join', 15), ev('a', 'camera_on', 16), ev('a', 'stage_off', 17), ev('a', 'leave', 20), ev('a', 'stage_on', 25),
    ];
    const [row] = sessionReport(events, ended(30)).rows;
    expect(row).toMatchObject({ onStageMinutes: 8, cameraOnMinutes: 9, minutesPresent: 15 });
  });

  it.each([
    ['join stored first', [ev('h', 'join', 0), ev('h', 'stage_on', 0), ev('h', 'camera_on', 0)]],
    ['stage and camera stored before the join of the same instant', [ev('h', 'stage_on', 0), ev('h', 'camera_on', 0), ev('h', 'join', 0)]],
  ])('a host let in onto the stage in one instant, %s, is on stage from the join', (_label, arrival) => {
    const [row] = sessionReport([...arrival, ev('h', 'stage_off', 12), ev('h', 'leave', 20)], ended(30)).rows;
    expect(row).toMatchObject({ onStageMinutes: 12, cameraOnMinutes: 20, minutesPresent: 20 });
  });

  it.each([
    ['a switch on while absent, before a later join', [ev('a', 'stage_on', 5), ev('a', 'camera_on', 5), ev('a', 'join', 6)]],
    ['a switch on and off while absent in the instant of the join', [ev('a', 'stage_on', 5), ev('a', 'stage_off', 5), ev('a', 'camera_on', 5), ev('a', 'camera_off', 5), ev('a', 'join', 5)]],
    ['a switch on of another tab', [ev('a', 'stage_on', 5, 'other'), ev('a', 'camera_on', 5, 'other'), ev('a', 'join', 5)]],
  ])('%s does not count', (_label, events) => {
    const [row] = sessionReport([...events, ev('a', 'leave', 20)], ended(30)).rows;
    expect(row).toMatchObject({ onStageMinutes: 0, cameraOnMinutes: 0 });
  });

  it('a host ending early shortens the session: the share is of what took place', () => {
    const report = sessionReport([ev('a', 'join', 0), ev('b', 'join', 10)], ended(20));
    expect(report.durationSeconds).toBe(20 * 60);
    expect(report.rows.map((r) => [r.userId, r.minutesPresent, r.percentOfSession, r.lastLeaveAt?.getTime()])).toEqual([['a', 20, 100, at(20).getTime()], ['b', 10, 50, at(20).getTime()]]);
  });

  it('while live, open stretches run until now and have no end', () => {
    const report = sessionReport([ev('a', 'join', 0)], { startedAt: T0, endedAt: null, now: at(12), scheduledStartAt: null });
    expect(spans(report.rows[0].segments)).toEqual([[0, null]]);
    expect(report.rows[0]).toMatchObject({ lastLeaveAt: null, minutesPresent: 12, percentOfSession: 100 });
  });

  it('duplicates (a join while present, a leave while absent) and events after the end are ignored', () => {
    const events = [ev('a', 'leave', 1), ev('a', 'join', 2), ev('a', 'join', 4), ev('a', 'leave', 6), ev('a', 'leave', 7), ev('b', 'join', 25)];
    const report = sessionReport(events, ended(20));
    expect(report.rows.map((r) => [r.userId, r.minutesPresent])).toEqual([['a', 4]]);
  });

  it('rows come in order of arrival', () => {
    const report = sessionReport([ev('late', 'join', 9), ev('early', 'join', 1)], ended(10));
    expect(report.rows.map((r) => r.userId)).toEqual(['early', 'late']);
  });
});

describe('scheduledStartFor', () => {
  const start = new Date('2026-03-02T09:00:00Z');
  const end = new Date('2026-03-02T10:00:00Z');
  it.each([
    ['an always-open room has no scheduled start', { kind: 'always' } as const, '2026-03-02T09:05:00Z', null],
    ['a session started early in its time frame', { kind: 'scheduled', start, end } as const, '2026-03-02T08:55:00Z', start],
    ['a session started within the time frame', { kind: 'scheduled', start, end } as const, '2026-03-02T09:30:00Z', start],
    ['a session started after the time frame ended', { kind: 'scheduled', start, end } as const, '2026-03-02T10:01:00Z', null],
  ])('%s', (_case, availability, startedAt, expected) => {
    expect(scheduledStartFor(availability, new Date(startedAt))).toEqual(expected);
  });
});
