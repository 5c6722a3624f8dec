import type { NextFunction, Request, Response } from 'express';
import type { ApiError, ApiErrorCode } from '@lti-rooms/contracts';
import { assertUnreachable, DomainError, DomainErrorCode } from '@lti-rooms/domain';
import type { Logger } from '@lti-rooms/server-core';
import { escapeHtml } from './escape-html';

export type { ApiErrorCode };

/** An error an API route answers with; the one error handler turns it into a response. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Array<{ path: string; message: string }>,
    /** When trying again makes sense: sent as Retry-After and in the body. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
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

/**
 * A client error raised by Express or a library (body-parser, http-errors): `status` or
 * `statusCode` 4xx. It stays a 4xx, with what went wrong in words a person can act on.
 */
function clientErrorOf(error: unknown): ApiFailure | null {
  const e = error as { status?: unknown; statusCode?: unknown; type?: string; expose?: boolean; message?: string; limit?: number } | null;
  const status = Number(e?.status ?? e?.statusCode);
  if (!Number.isInteger(status) || status < 400 || status > 499) return null;
  if (e?.type === 'entity.parse.failed') return new ApiFailure('VALIDATION_FAILED', 'The request body is not valid JSON.', [{ path: 'body', message: 'is not valid JSON' }]);
  if (status === 413) return new ApiFailure('PAYLOAD_TOO_LARGE', `The request body is larger than ${e?.limit ? `${Math.floor(e.limit / 1024)} KB` : 'the tool accepts'}.`);
  if (status === 415) return new ApiFailure('UNSUPPORTED_MEDIA_TYPE', `The request body's encoding or character set is not supported${e?.expose && e.message ? ` (${e.message})` : ''}.`);
  if (status === 404) return new ApiFailure('NOT_FOUND', 'Nothing was found at this address.');
  return new ApiFailure('BAD_REQUEST', e?.expose && e.message ? `The request could not be read: ${e.message}` : 'The request could not be read.');
}

/** After every router: an address nothing answered is a 404, in the same shape as every error. */
export function notFoundHandler() {
  return (_req: Request, _res: Response, next: NextFunction) => next(new ApiFailure('NOT_FOUND', 'Nothing was found at this address.'));
}

/** The last middleware: every failure becomes a clear message; stack traces stay in the log. */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const failure =
      error instanceof ApiFailure
        ? error
        : error instanceof DomainError
          ? new ApiFailure(apiCodeOf(error.code), error.message, error.fields)
        : isDatabaseOutage(error)
          ? new ApiFailure('DATABASE_UNAVAILABLE', 'The database is not reachable right now. Please try again in a few seconds.')
          : clientErrorOf(error) ?? new ApiFailure('INTERNAL', `Something went wrong. Reference: ${String(req.id ?? '')}`);
    const status = statusOf(failure.code);
    if (status >= 500) logger.error({ err: error, reqId: req.id, path: req.path }, failure.message);
    // Half an answer is out already: Express ends the connection.
    if (res.headersSent) return next(error);
    const retryAfterSeconds = failure.retryAfterSeconds ?? (failure.code === 'DATABASE_UNAVAILABLE' ? 5 : undefined);
    if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
    const body: ApiError = {
      error: { code: failure.code, message: failure.message, fields: failure.fields, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) },
    };
    if (req.accepts(['json', 'html']) === 'html' && !req.path.startsWith('/api/')) {
      res.status(status).type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LTI Rooms</title></head><body><main><h1>${headingFor(status)}</h1><p>${escapeHtml(failure.message)}</p></main></body></html>`);
      return;
    }
    res.status(status).json(body);
  };
}

function headingFor(status: number): string {
  if (status === 503) return 'LTI Rooms is temporarily unavailable';
  if (status === 404) return 'Page not found';
  return status < 500 ? 'This request could not be handled' : 'Something went wrong';
}
