const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

/**
 * Clients send a heartbeat every 10 seconds; three missed in a row mean the person is gone.
 * One missed beat (a tab in the background, a moment of packet loss) must not count as
 * leaving, or attendance and host absence would flap.
 */
export const HEARTBEAT_INTERVAL_SECONDS = 10;
export const HEARTBEAT_TIMEOUT_SECONDS = 3 * HEARTBEAT_INTERVAL_SECONDS;

/**
 * Whether a heartbeat at `lastHeartbeatAt` still vouches for the person at `now`. At exactly
 * the timeout they are gone (each boundary belongs to the later state, as in roomStatusAt).
 * A heartbeat stamped after `now` (another server's clock runs slightly ahead) counts as present.
 */
export function isPresent(lastHeartbeatAt: Date | null, now: Date, heartbeatTimeoutSeconds: number = HEARTBEAT_TIMEOUT_SECONDS): boolean {
  if (lastHeartbeatAt === null) return false;
  return now.getTime() - lastHeartbeatAt.getTime() < heartbeatTimeoutSeconds * SECOND_MS;
}

export interface HostAbsence {
  /**
   * The last heartbeat of any host or moderator in this session. Callers pass the session's
   * start when no host was ever seen (a scheduled room that opened by itself), so an
   * unattended session lasts no longer than the timeout.
   */
  lastHostSeenAt: Date;
  now: Date;
  /** The account's host-absence timeout (SPEC default 15 minutes). */
  timeoutMinutes: number;
}

/** When the session ends if no host or moderator comes back. */
export function hostAbsenceDeadline(lastHostSeenAt: Date, timeoutMinutes: number): Date {
  return new Date(lastHostSeenAt.getTime() + timeoutMinutes * MINUTE_MS);
}

/** SPEC "End": no host or moderator present for the whole timeout. At the deadline itself the session ends. */
export function hostAbsenceExpired({ lastHostSeenAt, now, timeoutMinutes }: HostAbsence): boolean {
  return now.getTime() >= hostAbsenceDeadline(lastHostSeenAt, timeoutMinutes).getTime();
}

/**
 * The instant a heartbeat must be newer than to vouch for someone at `now`: storage asks
 * `last_seen_at > cutoff`, which is exactly isPresent.
 */
export function presenceCutoff(now: Date, heartbeatTimeoutSeconds: number = HEARTBEAT_TIMEOUT_SECONDS): Date {
  return new Date(now.getTime() - heartbeatTimeoutSeconds * SECOND_MS);
}
