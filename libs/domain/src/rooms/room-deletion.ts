/** SPEC "Edit page": deleting is soft; the owner may restore the room for 30 days. */
export const RESTORE_WINDOW_DAYS = 30;

const DAY_MS = 24 * 60 * 60_000;

/** The instant after which a deleted room may be purged and can no longer be restored. */
export function restoreDeadline(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + RESTORE_WINDOW_DAYS * DAY_MS);
}

export function isRestorable(deletedAt: Date | null, now: Date): boolean {
  return deletedAt !== null && now.getTime() < restoreDeadline(deletedAt).getTime();
}

/** For the purge sweep: a deleted room whose restore window has closed. */
export function isPurgeDue(deletedAt: Date | null, now: Date): boolean {
  return deletedAt !== null && !isRestorable(deletedAt, now);
}

/** Rooms deleted at or after this instant can still be restored; those deleted before it are due for purging. */
export function restoreWindowStart(now: Date): Date {
  return new Date(now.getTime() - RESTORE_WINDOW_DAYS * DAY_MS);
}
