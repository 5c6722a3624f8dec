import type { NextFunction, Request, Response } from 'express';
import { findNulByte, NUL_BYTE_MESSAGE } from '@lti-rooms/domain';
import { ApiFailure } from './api-errors';

/** The largest request body the tool reads (the API's JSON); anything larger is refused unread. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Refuses what no route can store or even look up, before any route sees it: a declared
 * body over the limit (413), a path with a broken %-escape, and a NUL byte in the path,
 * the query or the parsed body (400 naming where). Mounted once in front of everything,
 * and again behind each body parser, where the body has been read.
 */
export function inputGuard(req: Request, _res: Response, next: NextFunction): void {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    return next(new ApiFailure('PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`));
  }
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return next(new ApiFailure('VALIDATION_FAILED', 'The address contains a malformed %-escape.', [{ path: 'url', message: 'contains a malformed %-escape' }]));
  }
  const field = path.includes('\u0000') ? 'url' : within('query', findNulByte(req.query)) ?? within('', findNulByte(req.body));
  if (field === null) return next();
  next(new ApiFailure('VALIDATION_FAILED', `Please correct: ${field}.`, [{ path: field, message: NUL_BYTE_MESSAGE }]));
}

/** A found path under its part of the request; the body's fields are named as the body names them. */
function within(part: string, found: string | null): string | null {
  if (found === null) return null;
  if (!part) return found || 'body';
  return found ? `${part}.${found}` : part;
}
