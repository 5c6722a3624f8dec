import { z } from 'zod';
import { fieldErrorsOf } from '@lti-rooms/contracts';
import { findNulByte, invalid } from '@lti-rooms/domain';

/**
 * Parses a request body or a socket payload with its shared schema; a bad one becomes a
 * 400 (a VALIDATION_FAILED acknowledgement) naming every bad field. A NUL byte anywhere is
 * refused first: no column can hold one.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const nul = findNulByte(body);
  if (nul !== null) throw invalid([{ path: nul || 'body', code: 'NUL_BYTE' }]);
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw invalid(fieldErrorsOf(result.error));
}
