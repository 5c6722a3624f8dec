/** Why a grade did not reach the gradebook, as the teacher is told (with what to do). */
export const GRADE_REFUSALS = ['SCOPE_MISSING', 'LINE_ITEM_GONE', 'REJECTED', 'NO_GRADE_SERVICE', 'GAVE_UP'] as const;
export type GradeRefusal = (typeof GRADE_REFUSALS)[number];

/** 12 tries, 30 s doubling up to an hour apart: a platform down for most of a day still gets its grades. */
export const GRADE_MAX_ATTEMPTS = 12;
const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 3600;

/** The wait after the `attempt`-th failed try (1-based): 30 s, 1 min, 2 min … capped at an hour. */
export function gradeRetryDelaySeconds(attempt: number): number {
  return Math.min(LONGEST_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempt - 1));
}

export type PlatformAnswer = number | 'timeout' | 'network';
/** Which call answered: the access token request (OAuth 2 client credentials) or the grade service itself. */
export type PlatformCall = 'token' | 'request';
export type DeliveryVerdict = { outcome: 'delivered' } | { outcome: 'retry' } | { outcome: 'refused'; code: GradeRefusal };

/**
 * What an answer of the LMS's grade service means for the delivery: busy or failing
 * platforms (429, 5xx, 408, 425, no answer) are tried again; a missing permission or a
 * deleted gradebook column needs a person, so it stops there. A token refused with any
 * other 4xx means the platform no longer grants the tool the scope.
 */
export function classifyPlatformAnswer(answer: PlatformAnswer, call: PlatformCall = 'request'): DeliveryVerdict {
  if (answer === 'timeout' || answer === 'network') return { outcome: 'retry' };
  if (answer >= 200 && answer <= 299) return { outcome: 'delivered' };
  if (answer === 408 || answer === 425 || answer === 429 || answer >= 500) return { outcome: 'retry' };
  if (call === 'token') return { outcome: 'refused', code: 'SCOPE_MISSING' };
  if (answer === 401 || answer === 403) return { outcome: 'refused', code: 'SCOPE_MISSING' };
  if (answer === 404 || answer === 410) return { outcome: 'refused', code: 'LINE_ITEM_GONE' };
  return { outcome: 'refused', code: 'REJECTED' };
}

/** How far one session's grades got in one course, as the teacher reads it. */
export const GRADE_DELIVERY_STATES = ['preparing', 'sending', 'done', 'refused'] as const;
export type GradeDeliveryState = (typeof GRADE_DELIVERY_STATES)[number];

/**
 * A delivery is a job (find the column, read the roster) and then one post per student: the
 * job's refusal stops everything; while it is pending the posts do not exist yet; then any
 * post still on its way makes it "sending", and a refused one, once none is left, "refused".
 */
export function gradeDeliveryState(delivery: { jobStatus: 'pending' | 'expanded' | 'refused'; pendingPosts: number; refusedPosts: number }): GradeDeliveryState {
  if (delivery.jobStatus === 'refused') return 'refused';
  if (delivery.jobStatus === 'pending') return 'preparing';
  if (delivery.pendingPosts > 0) return 'sending';
  return delivery.refusedPosts > 0 ? 'refused' : 'done';
}
