import { attendanceMatrix, MatrixSession } from './attendance-matrix';

const session = (sessionId: string, durationSeconds: number, present: Record<string, number> | Array<[string, number]>): MatrixSession => ({
  sessionId,
  durationSeconds,
  rows: (Array.isArray(present) ? present : Object.entries(present)).map(([userId, secondsPresent]) => ({ userId, secondsPresent })),
});

/** A student's line written as the teacher reads it: [minutes, percent] per session, total minutes, sessions attended. */
type Line = [string, Array<[number, number]>, number, number];

const CASES: Array<[string, MatrixSession[], string[], Line[], number[]]> = [
  [
    'students × sessions; a missed session is 0; the host is no student',
    [session('x', 3600, { a: 3600, host: 3600 }), session('y', 1800, { a: 900, b: 1800 })],
    ['a', 'b', 'c'],
    [['a', [[60, 100], [15, 50]], 75, 2], ['b', [[0, 0], [30, 100]], 30, 1], ['c', [[0, 0], [0, 0]], 0, 0]],
    [1, 2],
  ],
  [
    'the total is the sum of the minutes shown, not of the exact seconds',
    [session('x', 600, { a: 90 }), session('y', 600, { a: 90 }), session('z', 600, { a: 90 })],
    ['a'],
    [['a', [[2, 15], [2, 15], [2, 15]], 6, 3]],
    [1, 1, 1],
  ],
  [
    'a few seconds are attended though shown as 0 minutes',
    [session('x', 3600, { a: 20 })],
    ['a'],
    [['a', [[0, 1]], 0, 1]],
    [1],
  ],
  ['more than the session (clocks apart) is 100 %', [session('x', 600, { a: 660 })], ['a'], [['a', [[11, 100]], 11, 1]], [1]],
  ['a session of no length: 0 %, still attended', [session('x', 0, { a: 0 })], ['a'], [['a', [[0, 0]], 0, 1]], [1]],
  ['two rows of one student in a session add up and count once', [session('x', 3600, [['a', 600], ['a', 1200]])], ['a'], [['a', [[30, 50]], 30, 1]], [1]],
  ['students keep the order given', [session('x', 60, { a: 60, b: 60 })], ['b', 'a'], [['b', [[1, 100]], 1, 1], ['a', [[1, 100]], 1, 1]], [2]],
  ['no session yet', [], ['a'], [['a', [], 0, 0]], []],
  ['no student: the sessions count nobody', [session('x', 60, { host: 60 })], [], [], [0]],
];

describe('attendanceMatrix', () => {
  it.each(CASES)('%s', (_label, sessions, studentIds, lines, presentCounts) => {
    const matrix = attendanceMatrix(sessions, studentIds.map((userId) => ({ userId })));
    expect(matrix.students).toEqual(
      lines.map(([userId, cells, totalMinutes, sessionsAttended]) => ({
        userId,
        cells: cells.map(([minutesPresent, percentOfSession], i) => ({ sessionId: sessions[i].sessionId, minutesPresent, percentOfSession })),
        totalMinutes,
        sessionsAttended,
      })),
    );
    expect(matrix.sessions).toEqual(sessions.map((s, i) => ({ sessionId: s.sessionId, presentCount: presentCounts[i] })));
  });
});
