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
 */
export function attendanceMatrix(sessions: readonly MatrixSession[], students: ReadonlyArray<{ userId: string }>): AttendanceMatrixResult {
  const presence = sessions.map((session) => new Map(session.rows.map((row) => [row.userId, row.secondsPresent])));
  const rows = students.map(({ userId }) => {
    const cells = sessions.map((session, i) => {
      const seconds = presence[i].get(userId) ?? 0;
      return {
        sessionId: session.sessionId,
        minutesPresent: Math.round(seconds / 60),
        percentOfSession: session.durationSeconds > 0 ? Math.min(100, Math.round((100 * seconds) / session.durationSeconds)) : 0,
      };
    });
    const seconds = sessions.reduce((sum, _session, i) => sum + (presence[i].get(userId) ?? 0), 0);
    return { userId, cells, totalMinutes: Math.round(seconds / 60), sessionsAttended: sessions.filter((_s, i) => presence[i].has(userId)).length };
  });
  const studentIds = new Set(students.map((s) => s.userId));
  return {
    students: rows,
    sessions: sessions.map((session) => ({ sessionId: session.sessionId, presentCount: session.rows.filter((row) => studentIds.has(row.userId)).length })),
  };
}
