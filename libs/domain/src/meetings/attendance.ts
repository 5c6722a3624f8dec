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
