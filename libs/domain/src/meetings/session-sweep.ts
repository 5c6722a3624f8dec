import { RoomTimeline } from '../rooms/room-status';
import { hostAbsenceExpired } from './presence';
import { scheduleOpensRoom } from './schedule-opening';
import { SessionCommand, SessionState } from './session-lifecycle';

export interface SweepInput {
  room: Pick<RoomTimeline, 'availability' | 'deletedAt'>;
  /** The room's most recent session. */
  session: SessionState | null;
  hostPresent: boolean;
  /** Anyone at all is present (waiting or inside) by heartbeat. */
  anyonePresent: boolean;
  /** Last heartbeat of any host or moderator in this session; null when none ever came. */
  lastHostSeenAt: Date | null;
  /** When a host last ended a session of this room for everyone (see scheduleOpensRoom). */
  hostEndedAt: Date | null;
  hostAbsenceTimeoutMinutes: number;
  now: Date;
}

/**
 * What the clock alone does to a session, for the periodic sweep (ARCHITECTURE "state
 * derived from time, not timers": only what must be written is swept). Returns the command
 * to apply, or null when nothing is due. Every command it returns is idempotent in
 * applySessionCommand, so every server process may sweep at once.
 *
 * - A waiting room is released when a host is present or a scheduled room reaches its start
 *   (unless a host ended a session for everyone during this frame: scheduleOpensRoom).
 * - A waiting room whose time frame passed without any host ends unstarted; so does one
 *   everybody has left (the next arrival opens a fresh one).
 * - A live session ends when no host or moderator has been seen for the timeout, counted
 *   from the start when none ever came. It does not end at the scheduled end time: a class
 *   that runs over is not cut off (roomStatusAt shows it live).
 */
export function sweepSession({ room, session, hostPresent, anyonePresent, lastHostSeenAt, hostEndedAt, hostAbsenceTimeoutMinutes, now }: SweepInput): SessionCommand | null {
  if (session === null || session.status === 'ended') return null;
  if (room.deletedAt !== null) return { type: 'end', reason: 'room-deleted' };

  if (session.status === 'waiting') {
    const schedule = room.availability.kind === 'scheduled' ? room.availability : null;
    if (schedule && now.getTime() >= schedule.end.getTime()) return { type: 'end', reason: 'schedule-ended' };
    if (hostPresent) return { type: 'start', trigger: 'host-present' };
    if (!anyonePresent) return { type: 'end', reason: 'abandoned' };
    if (scheduleOpensRoom(room, hostEndedAt, now)) return { type: 'start', trigger: 'schedule' };
    return null;
  }

  if (hostPresent) return null;
  const seen = lastHostSeenAt !== null && lastHostSeenAt > session.startedAt ? lastHostSeenAt : session.startedAt;
  return hostAbsenceExpired({ lastHostSeenAt: seen, now, timeoutMinutes: hostAbsenceTimeoutMinutes }) ? { type: 'end', reason: 'host-absent' } : null;
}
