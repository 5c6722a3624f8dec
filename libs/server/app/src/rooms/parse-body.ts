import { z } from 'zod';
import { invalid } from '@lti-rooms/domain';

/** Parses a request body with its shared schema; a bad one becomes a 400 naming every bad field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message })));
}
