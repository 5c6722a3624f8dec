import { percentPresent } from './session-report';

/** One session's attendance as the room's matrix needs it. */
export interface MatrixSession {
  sessionId: string;
  durationSeconds: number;
  rows: ReadonlyArray<{ userId: string; secondsPresent: number }>;
}

export interface AttendanceMatrixResult {
  students: Array<{
    userId: string;
    cells: Array<{ sessionId: string; minutesPresent: number; percentOfSession: number }>;
    totalMinutes: number;
    sessionsAttended: number;
  }>;
  sessions: Array<{ sessionId: string; presentCount: number }>;
}

/**
 * Students × sessions with totals (SPEC "per room: a students × sessions matrix"), in the
 * order given. A session a student missed is a cell of 0; only the given students count.
 * The total is the sum of the minutes shown in the row, not of the exact seconds: a teacher
 * checks it with SUM() in the spreadsheet, and three sessions of 1½ minutes shown as 2 each
 * must not total 5.
 */
export function attendanceMatrix(sessions: readonly MatrixSession[], students: ReadonlyArray<{ userId: string }>): AttendanceMatrixResult {
  const presence = sessions.map((session) => {
    const seconds = new Map<string, number>();
    // One row per person is what a register holds; a second one adds rather than replaces.
    for (const row of session.rows) seconds.set(row.userId, (seconds.get(row.userId) ?? 0) + row.secondsPresent);
    return seconds;
  });
  const rows = students.map(({ userId }) => {
    const cells = sessions.map((session, i) => {
      const seconds = presence[i].get(userId) ?? 0;
      return { sessionId: session.sessionId, minutesPresent: Math.round(seconds / 60), percentOfSession: percentPresent(seconds, session.durationSeconds) };
    });
    return {
      userId,
      cells,
      totalMinutes: cells.reduce((sum, cell) => sum + cell.minutesPresent, 0),
      sessionsAttended: presence.filter((seconds) => seconds.has(userId)).length,
    };
  });
  const studentIds = new Set(students.map((s) => s.userId));
  return {
    students: rows,
    sessions: presence.map((seconds, i) => ({ sessionId: sessions[i].sessionId, presentCount: [...seconds.keys()].filter((userId) => studentIds.has(userId)).length })),
  };
}
