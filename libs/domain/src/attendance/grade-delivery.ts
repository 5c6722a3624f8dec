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
export type DeliveryVerdict = { outcome: 'delivered' } | { outcome: 'retry' } | { outcome: 'refused'; code: GradeRefusal };

/**
 * What an answer of the LMS's grade service means for the delivery: busy or failing
 * platforms (429, 5xx, 408, 425, no answer) are tried again; a missing permission or a
 * deleted gradebook column needs a person, so it stops there.
 */
export function classifyPlatformAnswer(answer: PlatformAnswer): DeliveryVerdict {
  if (answer === 'timeout' || answer === 'network') return { outcome: 'retry' };
  if (answer >= 200 && answer <= 299) return { outcome: 'delivered' };
  if (answer === 408 || answer === 425 || answer === 429 || answer >= 500) return { outcome: 'retry' };
  if (answer === 401 || answer === 403) return { outcome: 'refused', code: 'SCOPE_MISSING' };
  if (answer === 404 || answer === 410) return { outcome: 'refused', code: 'LINE_ITEM_GONE' };
  return { outcome: 'refused', code: 'REJECTED' };
}
