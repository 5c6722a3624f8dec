import { z } from 'zod';
import { NOT_A_PANEL_SESSION, PROMOTION_REFUSALS, STAGE_REFUSALS } from '@lti-rooms/domain';

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

/** Every API error body has this shape; `fields` names each bad input field. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

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
});
export type LaunchError = z.infer<typeof launchErrorSchema>;
