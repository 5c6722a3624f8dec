import { RoomTimeline } from '../rooms/room-status';

/**
 * Whether a scheduled room opens by itself now: its time frame is running and no host has
 * ended a session for everyone since the frame began. "End session for everyone" means
 * the class is over: a student pressing Rejoin must not restart, without any teacher, the
 * meeting a teacher just closed. They wait for a host instead. A host who ended an early
 * session before the start does not cancel the scheduled one.
 */
export function scheduleOpensRoom(room: Pick<RoomTimeline, 'availability'>, hostEndedAt: Date | null, now: Date): boolean {
  if (room.availability.kind !== 'scheduled') return false;
  const { start, end } = room.availability;
  const t = now.getTime();
  if (t < start.getTime() || t >= end.getTime()) return false;
  return hostEndedAt === null || hostEndedAt.getTime() < start.getTime();
}

/**
 * Whether the "Session ended" page offers Rejoin: an always-open room stays open, a
 * scheduled one until its end time. Rejoining may still mean waiting for a host.
 */
export function roomOpenForRejoin(room: Pick<RoomTimeline, 'availability' | 'deletedAt'>, now: Date): boolean {
  if (room.deletedAt !== null) return false;
  return room.availability.kind === 'always' || now.getTime() < room.availability.end.getTime();
}
