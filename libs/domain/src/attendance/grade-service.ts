import { SCOPE } from '../lti-vocabulary';

/** Whether a course's LMS lets the tool post grades, as its launches' AGS claim said. */
export const GRADE_SERVICE_STATES = ['ready', 'missing', 'scopeMissing'] as const;
export type GradeServiceState = (typeof GRADE_SERVICE_STATES)[number];

/**
 * The grade service can carry the tool's scores only when the launch made the line item
 * container known and granted both scopes: one to find or create the column, one to post.
 */
export function gradeServiceState(service: { lineItemsUrl: string | null; scopes: readonly string[] }): GradeServiceState {
  if (service.lineItemsUrl === null) return 'missing';
  return service.scopes.includes(SCOPE.agsLineItem) && service.scopes.includes(SCOPE.agsScore) ? 'ready' : 'scopeMissing';
}
