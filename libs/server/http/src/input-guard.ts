import type { NextFunction, Request, Response } from 'express';
import { findNulByte } from '@lti-rooms/domain';
import { ApiFailure } from './api-errors';
import { MAX_BODY_BYTES } from './body-limit';

export { MAX_BODY_BYTES };

/**
 * Refuses what no route can store or even look up, before any route sees it: a declared
 * body over the limit (413), a path with a broken %-escape, and a NUL byte in the path,
 * the query or the parsed body (400 naming where). Mounted once in front of everything,
 * and again behind each body parser, where the body has been read.
 */
export function inputGuard(req: Request, _res: Response, next: NextFunction): void {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    return next(new ApiFailure('PAYLOAD_TOO_LARGE', { reason: 'BODY_TOO_LARGE', params: { limitKb: MAX_BODY_BYTES / 1024 } }));
  }
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return next(new ApiFailure('VALIDATION_FAILED', { reason: 'MALFORMED_ESCAPE', fields: [{ path: 'url', code: 'MALFORMED_ESCAPE' }] }));
  }
  const field = path.includes('\u0000') ? 'url' : within('query', findNulByte(req.query)) ?? within('', findNulByte(req.body));
  if (field === null) return next();
  next(new ApiFailure('VALIDATION_FAILED', { fields: [{ path: field, code: 'NUL_BYTE' }] }));
}

/** A found path under its part of the request; the body's fields are named as the body names them. */
function within(part: string, found: string | null): string | null {
  if (found === null) return null;
  if (!part) return found || 'body';
  return found ? `${part}.${found}` : part;
}
