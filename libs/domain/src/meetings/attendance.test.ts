import { AttendanceEvent, AttendanceRow, computeAttendance } from './attendance';

const t = (iso: string) => new Date(iso);
const at = (hhmmss: string) => t(`2026-05-04T${hhmmss}Z`);
const join = (userId: string, hhmmss: string, connectionId?: string): AttendanceEvent => ({ userId, type: 'join', at: at(hhmmss), connectionId });
const leave = (userId: string, hhmmss: string, connectionId?: string): AttendanceEvent => ({ userId, type: 'leave', at: at(hhmmss), connectionId });

const ENDED = { sessionEndedAt: at('13:00:00'), now: at('15:00:00') };
const LIVE_AT_1230 = { sessionEndedAt: null, now: at('12:30:00') };

const row = (userId: string, first: string, last: string | null, seconds: number, minutes = Math.round(seconds / 60)): AttendanceRow => ({
  userId,
  firstJoinAt: at(first),
  lastLeaveAt: last === null ? null : at(last),
  secondsPresent: seconds,
  minutesPresent: minutes,
});

const CASES: Array<[string, AttendanceEvent[], typeof ENDED | typeof LIVE_AT_1230, AttendanceRow[]]> = [
  ['one stretch', [join('ana', '12:00:00'), leave('ana', '12:45:00')], ENDED, [row('ana', '12:00:00', '12:45:00', 45 * 60)]],
  ['two stretches: first join, last leave, the gap not counted', [join('ana', '12:00:00'), leave('ana', '12:10:00'), join('ana', '12:20:00'), leave('ana', '12:30:00')], ENDED, [row('ana', '12:00:00', '12:30:00', 20 * 60)]],
  ['still in when the session ended: closed at the end', [join('ana', '12:30:00')], ENDED, [row('ana', '12:30:00', '13:00:00', 30 * 60)]],
  ['still in a live session: counted until now, no last leave', [join('ana', '12:00:00')], LIVE_AT_1230, [row('ana', '12:00:00', null, 30 * 60)]],
  ['left and came back, still in', [join('ana', '12:00:00'), leave('ana', '12:05:00'), join('ana', '12:20:00')], LIVE_AT_1230, [row('ana', '12:00:00', null, 15 * 60)]],
  ['two tabs overlapping: merged, not added', [join('ana', '12:00:00', 'tab1'), join('ana', '12:10:00', 'tab2'), leave('ana', '12:20:00', 'tab1'), leave('ana', '12:40:00', 'tab2')], ENDED, [row('ana', '12:00:00', '12:40:00', 40 * 60)]],
  ['two tabs, one inside the other', [join('ana', '12:00:00', 'a'), join('ana', '12:10:00', 'b'), leave('ana', '12:15:00', 'b'), leave('ana', '12:30:00', 'a')], ENDED, [row('ana', '12:00:00', '12:30:00', 30 * 60)]],
  ['a duplicate join (a retried write) is ignored', [join('ana', '12:00:00'), join('ana', '12:10:00'), leave('ana', '12:20:00')], ENDED, [row('ana', '12:00:00', '12:20:00', 20 * 60)]],
  ['a leave without a join is ignored', [leave('ana', '11:59:00'), join('ana', '12:00:00'), leave('ana', '12:20:00'), leave('ana', '12:25:00')], ENDED, [row('ana', '12:00:00', '12:20:00', 20 * 60)]],
  ['events out of order are sorted', [leave('ana', '12:20:00'), join('ana', '12:00:00')], ENDED, [row('ana', '12:00:00', '12:20:00', 20 * 60)]],
  ['a leave recorded after the end is clamped to the end', [join('ana', '12:50:00'), leave('ana', '13:05:00')], ENDED, [row('ana', '12:50:00', '13:00:00', 10 * 60)]],
  ['a join after the end does not count', [join('ana', '12:00:00'), leave('ana', '12:10:00'), join('ana', '13:30:00')], ENDED, [row('ana', '12:00:00', '12:10:00', 10 * 60)]],
  ['only after the end: no row', [join('ana', '13:30:00')], ENDED, []],
  ['30 seconds rounds to 1 minute', [join('ana', '12:00:00'), leave('ana', '12:00:30')], ENDED, [row('ana', '12:00:00', '12:00:30', 30, 1)]],
  ['29 seconds rounds to 0 minutes', [join('ana', '12:00:00'), leave('ana', '12:00:29')], ENDED, [row('ana', '12:00:00', '12:00:29', 29, 0)]],
  [
    'several people, in order of first join',
    [join('ben', '12:05:00'), join('ana', '12:00:00'), leave('ben', '12:35:00'), join('cy', '12:05:00')],
    ENDED,
    [row('ana', '12:00:00', '13:00:00', 60 * 60), row('ben', '12:05:00', '12:35:00', 30 * 60), row('cy', '12:05:00', '13:00:00', 55 * 60)],
  ],
  ['no events', [], ENDED, []],
  [
    'stage and camera switches neither start nor end presence',
    [{ userId: 'ana', type: 'camera_on', at: at('11:50:00') }, join('ana', '12:00:00'), { userId: 'ana', type: 'stage_off', at: at('12:10:00') }, leave('ana', '12:20:00'), { userId: 'ben', type: 'stage_on', at: at('12:30:00') }],
    ENDED,
    [row('ana', '12:00:00', '12:20:00', 20 * 60)],
  ],
];

describe('computeAttendance', () => {
  it.each(CASES)('%s', (_label, events, window, expected) => {
    expect(computeAttendance(events, window)).toEqual(expected);
  });
});
