import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '@lti-rooms/contracts';
import { DomainError, DomainErrorCode } from '@lti-rooms/domain';
import type { Logger } from '../logger';
import { escapeHtml } from './web-app';

export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'INVALID_LAUNCH_TOKEN'
  | 'SESSION_COOKIE_MISSING'
  | 'PLATFORM_INACTIVE'
  | 'VALIDATION_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'UPSTREAM_FAILED'
  | 'INTERNAL';

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
      return 400;
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

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

// A connection the outage cut mid-query reports "Connection terminated unexpectedly" (or a reset).
const DATABASE_DOWN = /SequelizeConnection|ConnectionRefused|ConnectionAcquireTimeout|HostNotReachable|ECONNREFUSED|ECONNRESET|Connection terminated|SQLITE_BUSY|SQLITE_CANTOPEN/;

export function isDatabaseOutage(error: unknown): boolean {
  const e = error as { name?: string; message?: string; parent?: { code?: string } };
  return DATABASE_DOWN.test(`${e?.name ?? ''} ${e?.message ?? ''} ${e?.parent?.code ?? ''}`);
}

/** The last middleware: every failure becomes a clear message; stack traces stay in the log. */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const failure =
      error instanceof ApiFailure
        ? error
        : error instanceof DomainError
          ? new ApiFailure(apiCodeOf(error.code), error.message, error.fields)
        : isDatabaseOutage(error)
          ? new ApiFailure('DATABASE_UNAVAILABLE', 'The database is not reachable right now. Please try again in a few seconds.')
          : (error as { type?: string }).type === 'entity.parse.failed'
            ? new ApiFailure('VALIDATION_FAILED', 'The request body is not valid JSON.')
            : new ApiFailure('INTERNAL', `Something went wrong. Reference: ${String(req.id ?? '')}`);
    const status = statusOf(failure.code);
    if (status >= 500) logger.error({ err: error, reqId: req.id, path: req.path }, failure.message);
    const retryAfterSeconds = failure.retryAfterSeconds ?? (failure.code === 'DATABASE_UNAVAILABLE' ? 5 : undefined);
    if (retryAfterSeconds !== undefined) res.set('Retry-After', String(retryAfterSeconds));
    const body: ApiError = {
      error: { code: failure.code, message: failure.message, fields: failure.fields, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) },
    };
    if (req.accepts(['json', 'html']) === 'html' && !req.path.startsWith('/api/')) {
      res.status(status).type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LTI Rooms</title></head><body><main><h1>${status === 503 ? 'LTI Rooms is temporarily unavailable' : 'Something went wrong'}</h1><p>${escapeHtml(failure.message)}</p></main></body></html>`);
      return;
    }
    res.status(status).json(body);
  };
}
