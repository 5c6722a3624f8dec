import type { AttendanceEvent } from '../meetings/attendance';
import type { RoomAvailability } from '../rooms/room-status';

/**
 * A leave followed by a join of the same person within this gap is a reconnect (a dropped
 * network, a reloaded page), shown as one segment. The time in between is still not counted
 * as present: the segment reads as one stretch, the minutes stay exact.
 */
export const RECONNECT_MERGE_SECONDS = 60;

export interface PresenceSegment {
  from: Date;
  /** Null while the person is still in the live session. */
  to: Date | null;
}

export interface SessionReportRow {
  userId: string;
  segments: PresenceSegment[];
  firstJoinAt: Date;
  lastLeaveAt: Date | null;
  secondsPresent: number;
  minutesPresent: number;
  /** Of the session's length so far, rounded; 100 at most. */
  percentOfSession: number;
  onStageMinutes: number;
  cameraOnMinutes: number;
  /** Minutes after the later of the scheduled start and the session's start; null when unscheduled. */
  lateMinutes: number | null;
}

export interface SessionReport {
  durationSeconds: number;
  rows: SessionReportRow[];
}

export interface SessionReportWindow {
  startedAt: Date;
  /** Null while the session is live: open stretches run until `now`. */
  endedAt: Date | null;
  now: Date;
  scheduledStartAt: Date | null;
}

type Interval = { from: number; to: number };
type Kind = 'present' | 'stage' | 'camera';
interface Stretches { present: Interval[]; stage: Interval[]; camera: Interval[]; connected: boolean }

const MINUTE_MS = 60_000;

/**
 * Replays one connection's events in order. A join while present and a leave while absent
 * are duplicates (a retried write) and are ignored; a leave closes the stage and the camera
 * too, and stage or camera switches while absent do not count.
 * A host let into a panel session takes a stage seat in the same transaction, so the join
 * and the stage_on carry the same instant and storage may return them in either order: a
 * switch on while absent is held until the end of its instant, in case the join follows.
 */
function replay(events: readonly AttendanceEvent[], closeAt: number): Stretches {
  const open: Record<Kind, number | null> = { present: null, stage: null, camera: null };
  const done: Stretches = { present: [], stage: [], camera: [], connected: false };
  const heldUntilJoin = new Set<Exclude<Kind, 'present'>>();
  let heldAt = Number.NaN;
  const close = (kind: Kind, at: number) => {
    const from = open[kind];
    if (from !== null) done[kind].push({ from, to: Math.min(at, closeAt) });
    open[kind] = null;
  };
  const start = (kind: Kind, at: number) => {
    if (open[kind] === null) open[kind] = at;
  };
  for (const event of events) {
    const at = event.at.getTime();
    if (at !== heldAt) heldUntilJoin.clear();
    if (event.type === 'join') {
      start('present', at);
      heldUntilJoin.forEach((kind) => start(kind, at));
      heldUntilJoin.clear();
    } else if (event.type === 'leave') (['stage', 'camera', 'present'] as const).forEach((kind) => close(kind, at));
    else if (open.present !== null) {
      if (event.type === 'stage_on') start('stage', at);
      if (event.type === 'stage_off') close('stage', at);
      if (event.type === 'camera_on') start('camera', at);
      if (event.type === 'camera_off') close('camera', at);
    } else {
      const kind = event.type === 'stage_on' || event.type === 'stage_off' ? 'stage' : 'camera';
      if (event.type.endsWith('_on')) heldUntilJoin.add(kind);
      else heldUntilJoin.delete(kind);
      heldAt = at;
    }
  }
  done.connected = open.present !== null;
  (['stage', 'camera', 'present'] as const).forEach((kind) => close(kind, closeAt));
  return done;
}

/** Sorted union of intervals; gaps up to `toleranceMs` are bridged. */
function merge(intervals: readonly Interval[], toleranceMs = 0): Interval[] {
  const merged: Interval[] = [];
  for (const next of [...intervals].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && next.from - last.to <= toleranceMs) last.to = Math.max(last.to, next.to);
    else merged.push({ ...next });
  }
  return merged;
}

/** Time present as a whole percentage of the session (any one unit for both), 100 at most; 0 for a session of no length. */
export function percentPresent(present: number, sessionLength: number): number {
  return sessionLength > 0 ? Math.min(100, Math.round((100 * present) / sessionLength)) : 0;
}

const clip = (intervals: readonly Interval[], from: number, to: number) =>
  intervals.map((i) => ({ from: Math.max(i.from, from), to: Math.min(i.to, to) })).filter((i) => i.from < i.to || (i.from === i.to && i.from >= from));
const totalMs = (intervals: readonly Interval[]) => merge(intervals).reduce((sum, { from, to }) => sum + (to - from), 0);

/**
 * The scheduled start a session is measured against for lateness: the room's time frame,
 * when the session ran within it. Always-open rooms have none.
 */
export function scheduledStartFor(availability: RoomAvailability, startedAt: Date): Date | null {
  if (availability.kind !== 'scheduled' || startedAt > availability.end) return null;
  return availability.start;
}

/**
 * One session's register (SPEC "Attendance and grades"): per person their presence segments,
 * time present and its share of the session, minutes on stage and with the camera on, and
 * lateness. Several tabs of one person are merged, never added. Rows come in order of
 * arrival, as a teacher reads a register.
 */
export function sessionReport(events: readonly AttendanceEvent[], { startedAt, endedAt, now, scheduledStartAt }: SessionReportWindow): SessionReport {
  const start = startedAt.getTime();
  const closeAt = Math.max(start, (endedAt ?? now).getTime());
  const durationMs = closeAt - start;
  const byConnection = new Map<string, AttendanceEvent[]>();
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const key = `${event.userId}\u0000${event.connectionId ?? ''}`;
    byConnection.set(key, [...(byConnection.get(key) ?? []), event]);
  }
  const byUser = new Map<string, Stretches>();
  for (const connectionEvents of byConnection.values()) {
    const userId = connectionEvents[0].userId;
    const stretches = replay(connectionEvents, closeAt);
    const user = byUser.get(userId) ?? { present: [], stage: [], camera: [], connected: false };
    (['present', 'stage', 'camera'] as const).forEach((kind) => user[kind].push(...clip(stretches[kind], start, closeAt)));
    user.connected = user.connected || stretches.connected;
    byUser.set(userId, user);
  }
  const lateFrom = scheduledStartAt === null ? null : Math.max(scheduledStartAt.getTime(), start);
  const rows: SessionReportRow[] = [];
  for (const [userId, user] of byUser) {
    if (user.present.length === 0) continue;
    const presentMs = totalMs(user.present);
    const segments = merge(user.present, RECONNECT_MERGE_SECONDS * 1000);
    const stillIn = endedAt === null && user.connected;
    const first = segments[0].from;
    const last = segments[segments.length - 1].to;
    rows.push({
      userId,
      segments: segments.map((s, i) => ({ from: new Date(s.from), to: stillIn && i === segments.length - 1 ? null : new Date(s.to) })),
      firstJoinAt: new Date(first),
      lastLeaveAt: stillIn ? null : new Date(last),
      secondsPresent: Math.round(presentMs / 1000),
      minutesPresent: Math.round(presentMs / MINUTE_MS),
      percentOfSession: percentPresent(presentMs, durationMs),
      onStageMinutes: Math.round(totalMs(user.stage) / MINUTE_MS),
      cameraOnMinutes: Math.round(totalMs(user.camera) / MINUTE_MS),
      lateMinutes: lateFrom === null ? null : Math.max(0, Math.floor((first - lateFrom) / MINUTE_MS)),
    });
  }
  rows.sort((a, b) => a.firstJoinAt.getTime() - b.firstJoinAt.getTime() || a.userId.localeCompare(b.userId));
  return { durationSeconds: Math.round(durationMs / 1000), rows };
}
