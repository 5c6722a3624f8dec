import { z } from 'zod';

/** Raw rows differ per dialect (SQLite: 0/1 and strings, PostgreSQL: booleans and Dates); normalise here. */
export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't';
export const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
export const toDateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : toDate(value));
export const isoNow = (clock: () => Date = () => new Date()): string => clock().toISOString();

/**
 * A stored row that does not hold what its column promises (unreadable JSON, a wrong shape).
 * It fails the request loudly (a 500 with a reference, the row named in the log) instead of
 * being read as some default: corrupt chat settings must not become "everything on".
 */
export class CorruptRowError extends Error {
  override readonly name = 'CorruptRowError';

  constructor(where: string, options?: { cause?: unknown }) {
    super(`corrupt stored value: ${where}`, options);
  }
}

/**
 * A JSON text column, checked against the shape the code relies on. `where` names the column
 * and the row (for the log). Only an absent value (SQL NULL, a missing row) becomes `absent`.
 */
export function jsonColumn<S extends z.ZodType>(value: unknown, shape: S, where: string, absent?: z.output<S>): z.output<S> {
  if ((value === null || value === undefined) && absent !== undefined) return absent;
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : value;
  } catch (error) {
    throw new CorruptRowError(where, { cause: error });
  }
  const result = shape.safeParse(parsed);
  if (!result.success) throw new CorruptRowError(where, { cause: result.error });
  return result.data;
}

/** The shapes of the JSON columns: what each repository reads back. */
export const storedShapes = {
  chat: z.object({ groupChat: z.boolean(), privateChat: z.boolean(), polls: z.boolean(), reactions: z.boolean() }),
  strings: z.array(z.string()),
  record: z.record(z.string(), z.unknown()),
  stringRecord: z.record(z.string(), z.string()),
  /** Features as stored: a session's full snapshot, or a template's (repaired by withDefaults on reading). */
  features: z.looseObject({}),
};
