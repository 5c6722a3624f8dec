/** One recorded join or leave (SPEC "Attendance": every join and leave is recorded per session). */
export interface AttendanceEvent {
  userId: string;
  /** Joins and leaves; stage steps and camera switches for the register's on-stage and camera-on minutes. */
  type: 'join' | 'leave' | 'stage_on' | 'stage_off' | 'camera_on' | 'camera_off';
  at: Date;
  /**
   * Which connection of the person it was (the session participant row, a tab). Defaults
   * to the user: two tabs open at once are two connections whose time is merged, not added.
   */
  connectionId?: string;
}

export interface AttendanceRow {
  userId: string;
  firstJoinAt: Date;
  /** End of the last stretch of presence; null while the person is still in a live session. */
  lastLeaveAt: Date | null;
  /** Exact time present, with overlapping connections merged. */
  secondsPresent: number;
  /** secondsPresent rounded to the nearest minute, as the attendance page and CSV show it. */
  minutesPresent: number;
}

export interface AttendanceWindow {
  /** When the session ended; null while it is live. */
  sessionEndedAt: Date | null;
  now: Date;
}

type Interval = { from: number; to: number };

/**
 * Builds each connection's stretches of presence from its events: a join while already
 * joined and a leave without a join are duplicates (a retried write, a reconnect the server
 * saw twice) and are ignored rather than trusted.
 */
function intervalsOf(events: readonly AttendanceEvent[], closeAt: number): { byUser: Map<string, Interval[]>; stillConnected: Set<string> } {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const openSince = new Map<string, { userId: string; from: number }>();
  const byUser = new Map<string, Interval[]>();
  const add = (userId: string, from: number, to: number) => {
    const clampedTo = Math.min(to, closeAt);
    if (from <= clampedTo) byUser.set(userId, [...(byUser.get(userId) ?? []), { from, to: clampedTo }]);
  };
  for (const event of sorted) {
    const key = `${event.userId}\u0000${event.connectionId ?? ''}`;
    const open = openSince.get(key);
    if (event.type === 'join' && !open) openSince.set(key, { userId: event.userId, from: event.at.getTime() });
    if (event.type === 'leave' && open) {
      add(open.userId, open.from, event.at.getTime());
      openSince.delete(key);
    }
  }
  // Still connected: present until the session's end, or until now while it is live.
  for (const { userId, from } of openSince.values()) add(userId, from, Number.POSITIVE_INFINITY);
  return { byUser, stillConnected: new Set([...openSince.values()].map(({ userId }) => userId)) };
}

function merge(intervals: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const next of [...intervals].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.to) last.to = Math.max(last.to, next.to);
    else merged.push({ ...next });
  }
  return merged;
}

/**
 * Per person: first join, last leave and time present (SPEC "Attendance"). Stretches still
 * open are closed at the session's end, or at `now` while it is live (then lastLeaveAt is
 * null: the person has not left). Events after the session ended do not count. Rows come in
 * order of first join, the order a teacher reads a register in.
 */
export function computeAttendance(events: readonly AttendanceEvent[], { sessionEndedAt, now }: AttendanceWindow): AttendanceRow[] {
  const { byUser, stillConnected } = intervalsOf(events, (sessionEndedAt ?? now).getTime());
  const rows: AttendanceRow[] = [];
  for (const [userId, intervals] of byUser) {
    const merged = merge(intervals);
    const ms = merged.reduce((sum, { from, to }) => sum + (to - from), 0);
    rows.push({
      userId,
      firstJoinAt: new Date(merged[0].from),
      lastLeaveAt: sessionEndedAt === null && stillConnected.has(userId) ? null : new Date(merged[merged.length - 1].to),
      secondsPresent: Math.round(ms / 1000),
      minutesPresent: Math.round(ms / 60_000),
    });
  }
  return rows.sort((a, b) => a.firstJoinAt.getTime() - b.firstJoinAt.getTime() || a.userId.localeCompare(b.userId));
}
