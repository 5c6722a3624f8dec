import { z } from 'zod';
import { FIELD_ERROR_CODES, FieldErrorCode, NOT_A_PANEL_SESSION, PROMOTION_REFUSALS, REFUSAL_REASONS, STAGE_REFUSALS } from '@lti-rooms/domain';

export { FIELD_ERROR_CODES, REFUSAL_REASONS };

/** Every code an HTTP error body carries; the server maps each to one status (server-http statusOf). */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED', 'INVALID_LAUNCH_TOKEN', 'SESSION_COOKIE_MISSING', 'PLATFORM_INACTIVE', 'VALIDATION_FAILED', 'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'DATABASE_UNAVAILABLE',
  'UPSTREAM_FAILED', 'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What the page's socket client answers itself: no acknowledgement, a malformed one, or no connection to ask on. */
export const CLIENT_ACK_ERROR_CODES = ['NO_ANSWER', 'UNEXPECTED_RESPONSE', 'NOT_CONNECTED'] as const;

/** A refused real-time request: the API's codes, the stage's refusals, and the client's own two. */
export const ACK_ERROR_CODES = [...API_ERROR_CODES, ...STAGE_REFUSALS, ...PROMOTION_REFUSALS, NOT_A_PANEL_SESSION, ...CLIENT_ACK_ERROR_CODES] as const;
export type AckErrorCode = (typeof ACK_ERROR_CODES)[number];

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** One bad input field: its path and what is wrong, as a code with the numbers its wording needs. */
export const fieldErrorSchema = z.object({ path: z.string(), code: z.enum(FIELD_ERROR_CODES), params: paramsSchema.optional() });
export type FieldErrorBody = z.infer<typeof fieldErrorSchema>;

/**
 * What every refusal carries, over HTTP and in acknowledgements: codes and data, never
 * sentences (the web words them). `reason` says exactly why; `fields` names each bad input.
 */
const refusalFields = {
  reason: z.enum(REFUSAL_REASONS).optional(),
  params: paramsSchema.optional(),
  fields: z.array(fieldErrorSchema).optional(),
};

/** Every API error body has this shape. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.enum(API_ERROR_CODES), ...refusalFields, retryAfterSeconds: z.number().optional() }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** A refused real-time request, in the acknowledgement. */
export const ackErrorSchema = z.object({ code: z.enum(ACK_ERROR_CODES), ...refusalFields });
export type AckError = z.infer<typeof ackErrorSchema>;

/** The field code a schema's issue stands for: the domain's own code when a rule set one, else the generic kind. */
export function fieldErrorOfIssue(issue: z.core.$ZodIssue): Omit<FieldErrorBody, 'path'> {
  switch (issue.code) {
    case 'custom': {
      const code = issue.params?.['code'] as FieldErrorCode | undefined;
      const limit = issue.params?.['limit'] as number | undefined;
      if (!code || !FIELD_ERROR_CODES.includes(code)) return { code: 'INVALID' };
      return limit === undefined ? { code } : { code, params: { limit } };
    }
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'REQUIRED' };
      if (issue.expected === 'int') return { code: 'NOT_WHOLE_NUMBER' };
      return { code: issue.expected === 'number' ? 'NOT_A_NUMBER' : 'INVALID_TYPE' };
    case 'too_big':
      return { code: 'TOO_BIG', params: { limit: Number(issue.maximum) } };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? { code: 'REQUIRED' } : { code: 'TOO_SMALL', params: { limit: Number(issue.minimum) } };
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'unrecognized_keys':
      return { code: 'INVALID_VALUE' };
    case 'invalid_format':
      return { code: 'INVALID_FORMAT' };
    case 'not_multiple_of':
      return { code: 'NOT_WHOLE_NUMBER' };
    default:
      return { code: 'INVALID' };
  }
}

/** A custom issue carrying a field code, as a refinement adds it (the inverse of fieldErrorOfIssue). */
export function fieldIssue({ code, params }: Omit<FieldErrorBody, 'path'>): { code: 'custom'; params: Record<string, unknown> } {
  return { code: 'custom', params: { code, ...(params?.['limit'] !== undefined ? { limit: params['limit'] } : {}) } };
}

/** Every issue of a failed parse as the field errors a 400 names. */
export function fieldErrorsOf(error: z.ZodError): FieldErrorBody[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', ...fieldErrorOfIssue(issue) }));
}

/**
 * A failed LTI launch, embedded by the server into the error page it returns
 * (`<script type="application/json" id="launch-error">`), rendered by the web app.
 */
export const launchErrorSchema = z.object({
  status: z.number(),
  code: z.string(),
  title: z.string(),
  detail: z.string(),
  adminHint: z.string(),
  /** When set, the browser blocked the tool's cookies inside the LMS frame: offer a new window. */
  retryInNewWindowUrl: z.string().optional(),
  /**
   * PLATFORM_INACTIVE, to a launch whose verified roles name an LMS administrator: the
   * registration an operator must activate (the page words the command with its id).
   */
  registration: z.object({
    id: z.string(),
    platformName: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    deploymentId: z.string(),
    deploymentIds: z.array(z.string()),
    registeredAt: z.string(),
    pending: z.boolean(),
  }).optional(),
});
export type LaunchError = z.infer<typeof launchErrorSchema>;
