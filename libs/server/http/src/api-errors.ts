import type { NextFunction, Request, Response } from 'express';
import type { ApiError, ApiErrorCode } from '@lti-rooms/contracts';
import { assertUnreachable, DomainError, DomainErrorCode, ErrorParams, FieldError, RefusalReason } from '@lti-rooms/domain';
import type { Logger } from '@lti-rooms/server-core';
import { errorPageHtml } from './error-page';
import { MAX_BODY_BYTES } from './body-limit';
import { requestLocaleOf } from './viewer-locale';

/** How long a client waits before asking again while the database is out of reach. */
export const DATABASE_RETRY_SECONDS = 5;

export type { ApiErrorCode };

export interface FailureDetails {
  reason?: RefusalReason;
  params?: ErrorParams;
  fields?: FieldError[];
  /** When trying again makes sense: sent as Retry-After and in the body. */
  retryAfterSeconds?: number;
}

/** An error an API route answers with; the one error handler turns it into a response of codes and data. */
export class ApiFailure extends Error {
  readonly reason?: RefusalReason;
  readonly params?: ErrorParams;
  readonly fields?: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ApiErrorCode,
    details: FailureDetails = {},
  ) {
    // For logs only: clients get the code and the data.
    super(details.reason ?? code);
    Object.assign(this, details);
  }
}

export function statusOf(code: ApiErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'INVALID_LAUNCH_TOKEN':
    case 'SESSION_COOKIE_MISSING':
      return 401;
    case 'PLATFORM_INACTIVE':
    case 'FORBIDDEN':
      return 403;
    case 'VALIDATION_FAILED':
    case 'BAD_REQUEST':
      return 400;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'DATABASE_UNAVAILABLE':
      return 503;
    case 'UPSTREAM_FAILED':
      return 502;
    case 'INTERNAL':
      return 500;
    default:
      return assertUnreachable(code);
  }
}

/** Every domain refusal has an HTTP meaning; a new code fails to compile until it is mapped. */
function apiCodeOf(code: DomainErrorCode): ApiErrorCode {
  switch (code) {
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'VALIDATION_FAILED':
    case 'CONFLICT':
    case 'UPSTREAM_FAILED':
      return code;
    default:
      return assertUnreachable(code);
  }
}

// A connection the outage cut mid-query reports "Connection terminated unexpectedly" (or a reset).
const DATABASE_DOWN = /SequelizeConnection|ConnectionRefused|ConnectionAcquireTimeout|HostNotReachable|ECONNREFUSED|ECONNRESET|Connection terminated|SQLITE_BUSY|SQLITE_CANTOPEN/;

export function isDatabaseOutage(error: unknown): boolean {
  const e = error as { name?: string; message?: string; parent?: { code?: string } };
  return DATABASE_DOWN.test(`${e?.name ?? ''} ${e?.message ?? ''} ${e?.parent?.code ?? ''}`);
}

/** A client error raised by Express or a library (body-parser, http-errors): `status` or `statusCode` 4xx stays a 4xx. */
function clientErrorOf(error: unknown): ApiFailure | null {
  const e = error as { status?: unknown; statusCode?: unknown; type?: string; limit?: number } | null;
  const status = Number(e?.status ?? e?.statusCode);
  if (!Number.isInteger(status) || status < 400 || status > 499) return null;
  if (e?.type === 'entity.parse.failed') return new ApiFailure('VALIDATION_FAILED', { reason: 'INVALID_JSON', fields: [{ path: 'body', code: 'INVALID_JSON' }] });
  if (status === 413) return new ApiFailure('PAYLOAD_TOO_LARGE', { reason: 'BODY_TOO_LARGE', params: { limitKb: Math.floor((e?.limit ?? MAX_BODY_BYTES) / 1024) } });
  if (status === 415) return new ApiFailure('UNSUPPORTED_MEDIA_TYPE', { reason: 'UNSUPPORTED_ENCODING' });
  if (status === 404) return new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' });
  return new ApiFailure('BAD_REQUEST', { reason: 'UNREADABLE_REQUEST' });
}

/** After every router: an address nothing answered is a 404, in the same shape as every error. */
export function notFoundHandler() {
  return (_req: Request, _res: Response, next: NextFunction) => next(new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' }));
}

/** Any thrown value as the failure a client is told of: its code and data, never a stack trace. */
export function failureOf(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof DomainError) return new ApiFailure(apiCodeOf(error.code), { reason: error.reason, params: error.params, fields: error.fields });
  if (isDatabaseOutage(error)) return new ApiFailure('DATABASE_UNAVAILABLE', { retryAfterSeconds: DATABASE_RETRY_SECONDS });
  return clientErrorOf(error) ?? new ApiFailure('INTERNAL');
}

/** A refusal's body: its code and the data its wording needs. */
export function refusalBody(failure: ApiFailure): ApiError['error'] {
  const { code, reason, params, fields, retryAfterSeconds } = failure;
  return { code, ...(reason ? { reason } : {}), ...(params ? { params } : {}), ...(fields ? { fields } : {}), ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
}

/** The last middleware: every failure becomes codes and data; stack traces stay in the log. */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    let failure = failureOf(error);
    // The reference ties what the person reports to the log line.
    if (failure.code === 'INTERNAL') failure = new ApiFailure('INTERNAL', { params: { reference: String(req.id ?? '') } });
    const status = statusOf(failure.code);
    if (status >= 500) logger.error({ err: error, reqId: req.id, path: req.path }, failure.message);
    // Half an answer is out already: Express ends the connection.
    if (res.headersSent) return next(error);
    if (failure.retryAfterSeconds !== undefined) res.set('Retry-After', String(failure.retryAfterSeconds));
    if (req.accepts(['json', 'html']) === 'html' && !req.path.startsWith('/api/')) {
      // Worded in the browser's language: no session is read here (the database may be the failure).
      res.vary('Accept-Language');
      res.status(status).type('html').send(errorPageHtml(status, failure.code, requestLocaleOf(req)));
      return;
    }
    const body: ApiError = { error: refusalBody(failure) };
    res.status(status).json(body);
  };
}
