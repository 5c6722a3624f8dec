import type { MeetingView } from './meeting-page-state';

/**
 * When the meeting page asks the server again by itself: the waiting room opening (end of a
 * countdown), a scheduled room's start time, or the news that the session went live.
 *
 * The browser's clock may run ahead of the server's: asking exactly at the time the page
 * computed can get the same answer back. Each identical answer in a row therefore waits
 * longer before the next try (backoff), so a skewed clock costs a few requests, not a loop.
 */

/** After the target time, so a clock a little behind the server's still lands after it. */
export const REENTRY_MARGIN_MS = 250;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
/** A scheduled room's start time this long past is no news: the person waits for a host. */
export const START_TIME_RELEVANCE_MS = 2 * 60_000;
/** Tries at a scheduled start before leaving it to the server's own news. */
export const MAX_START_TIME_RETRIES = 6;

/** 0 for the first try, then 1 s, 2 s, 4 s … up to 30 s. */
export function backoffMs(retries: number): number {
  if (retries <= 0) return 0;
  return Math.min(BACKOFF_BASE_MS * 2 ** (retries - 1), BACKOFF_MAX_MS);
}

/** The time to ask again for a target instant, given when the last answer came and how many identical ones came in a row. */
export function reentryAt(targetMs: number, answeredAtMs: number, retries: number): number {
  return Math.max(targetMs + REENTRY_MARGIN_MS, answeredAtMs + backoffMs(retries));
}

/** Waiting in a scheduled room: ask again at the start time, unless it is long past or already tried enough. */
export function startTimeReentryAt(startsAtMs: number, answeredAtMs: number, retries: number): number | null {
  if (retries > MAX_START_TIME_RETRIES) return null;
  if (answeredAtMs > startsAtMs + START_TIME_RELEVANCE_MS) return null;
  return reentryAt(startsAtMs, answeredAtMs, retries);
}

/**
 * When a waiting room hears that its session went live, each page asks again a little
 * later, spread over a few seconds: the admission message normally arrives first, and a
 * full waiting room must not hit the server in the same millisecond.
 */
export function liveSafetyDelayMs(random: number = Math.random()): number {
  return 3000 + Math.floor(random * 3000);
}

/** The next time the page should enter again by itself for what it shows, or null. */
export function nextReentryAt(view: MeetingView): number | null {
  if (view.kind === 'countdown') return reentryAt(Date.parse(view.opensAt), view.answeredAt, view.retries);
  if (view.kind !== 'waiting') return null;
  const atStart = view.startsAt === null ? null : startTimeReentryAt(Date.parse(view.startsAt), view.answeredAt, view.retries);
  const candidates = [atStart, view.liveRecheckAt].filter((time): time is number => time !== null);
  return candidates.length === 0 ? null : Math.min(...candidates);
}
