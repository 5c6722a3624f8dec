/** What a service can refuse with; each transport maps each code in one exhaustive switch. */
export const DOMAIN_ERROR_CODES = ['NOT_FOUND', 'FORBIDDEN', 'VALIDATION_FAILED', 'CONFLICT', 'UPSTREAM_FAILED'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Why exactly a request was refused, beyond its code: the web words each one. Codes only,
 * never sentences, so a new language touches the web alone.
 */
export const REFUSAL_REASONS = [
  // NOT_FOUND: what was not there.
  'ROOM_NOT_FOUND', 'RESTORABLE_ROOM_NOT_FOUND', 'COURSE_NOT_FOUND', 'TEMPLATE_NOT_FOUND', 'PLATFORM_NOT_FOUND', 'ORIGIN_NOT_FOUND',
  'COLLABORATOR_NOT_FOUND', 'SESSION_NOT_FOUND', 'SESSION_OVER', 'NO_SUCH_ADDRESS',
  // FORBIDDEN: what the person may not do.
  'NOT_AN_ADMINISTRATOR', 'OWN_PLATFORM_DEACTIVATION', 'OTHER_PLATFORM', 'ROSTER_FOR_HOSTS_ONLY', 'PUBLISH_NOT_ALLOWED',
  'UNPUBLISH_NOT_ALLOWED', 'CREATE_IN_COURSE_NOT_ALLOWED', 'CREATE_NOT_ALLOWED', 'PLACE_NOT_ALLOWED', 'NOT_A_DEEP_LINKING_LAUNCH',
  'END_FOR_HOSTS_ONLY', 'ADMIT_FOR_HOSTS_ONLY', 'ROOM_ACTION_NOT_ALLOWED',
  // CONFLICT
  'NOT_IN_SESSION',
  // UPSTREAM_FAILED: what the LMS did not give.
  'ROSTER_NOT_OFFERED', 'ROSTER_UNREADABLE',
  // The edge's own (authentication and malformed requests).
  'NO_LAUNCH_TOKEN', 'SESSION_EXPIRED', 'SESSION_OF_ANOTHER_BROWSER', 'SESSION_NO_LONGER_VALID', 'PLATFORM_DEACTIVATED',
  'INVALID_JSON', 'MALFORMED_ESCAPE', 'UNSUPPORTED_ENCODING', 'BODY_TOO_LARGE', 'UNREADABLE_REQUEST',
  // The operator page: disabled (no OPERATOR_SECRET), or the secret given is not it.
  'OPERATOR_PAGE_DISABLED', 'OPERATOR_SECRET_WRONG',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/**
 * What is wrong with one input field. The domain's own problems (room fields, schedules,
 * settings, origins) plus the generic ones a schema reports (REQUIRED, TOO_BIG…).
 */
export const FIELD_ERROR_CODES = [
  'NAME_REQUIRED', 'NAME_TOO_LONG', 'NAME_HAS_CONTROL_CHARACTERS', 'TOO_MANY_TAGS', 'TAG_TOO_LONG', 'TAG_HAS_CONTROL_CHARACTERS',
  'INVALID_TIME', 'END_NOT_AFTER_START', 'START_IN_PAST', 'TIME_FRAME_TOO_LONG', 'EARLY_ENTRY_OUT_OF_RANGE', 'MODE_REQUIRED',
  'MODE_NOT_OFFERED', 'TEMPLATE_GONE',
  'CAP_OUT_OF_RANGE', 'TEMPLATE_NAME_REQUIRED', 'TEMPLATE_ID_DUPLICATE', 'TEMPLATE_CAP_OUT_OF_RANGE', 'CAMERA_CAP_EXCEEDS_TOTAL',
  'NO_MODE_ENABLED', 'DEFAULT_MODE_NOT_ENABLED', 'SETTING_OUT_OF_RANGE', 'ROLE_MAPPED_TWICE', 'APP_SECRET_REQUIRED', 'PRIVATE_KEY_REQUIRED', 'PRIVATE_KEY_NOT_PEM', 'TOO_MANY_ORIGINS',
  'ORIGIN_INVALID', 'DOMAIN_NOT_A_HOST_NAME', 'DOMAIN_INCOMPLETE', 'DOMAIN_IS_IP_ADDRESS', 'DOMAIN_IS_LOCAL', 'PORT_OUT_OF_RANGE',
  'UNKNOWN_ROLE', 'NOT_A_COURSE_MEMBER', 'OWNER_IS_NOT_A_COLLABORATOR', 'NUL_BYTE', 'INVALID_JSON', 'MALFORMED_ESCAPE',
  'REQUIRED', 'NOT_A_NUMBER', 'INVALID_TYPE', 'INVALID_VALUE', 'INVALID_FORMAT', 'TOO_SMALL', 'TOO_BIG', 'NOT_WHOLE_NUMBER', 'INVALID',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The numbers or names a code's wording needs (`{ max: 120 }`, `{ action: 'edit' }`). */
export type ErrorParams = Record<string, string | number>;

export interface FieldError {
  path: string;
  code: FieldErrorCode;
  params?: ErrorParams;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly reason?: RefusalReason,
    readonly params?: ErrorParams,
    readonly fields?: FieldError[],
  ) {
    // For logs only: the reason is what the edges send.
    super(reason ?? code);
  }
}

export const notFound = (reason: RefusalReason) => new DomainError('NOT_FOUND', reason);
export const forbidden = (reason: RefusalReason, params?: ErrorParams) => new DomainError('FORBIDDEN', reason, params);
export const invalid = (fields: FieldError[]) => new DomainError('VALIDATION_FAILED', undefined, undefined, fields);

/** A field error from a domain problem: its code, and its bound as `limit` when it has one. */
export function fieldErrorOf(path: string, code: FieldErrorCode, limit?: number): FieldError {
  return limit === undefined ? { path, code } : { path, code, params: { limit } };
}

/** The end of every exhaustive switch over a code: a new code fails to compile until it is handled. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
