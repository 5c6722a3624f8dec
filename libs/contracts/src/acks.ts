import { z } from 'zod';
import { ackErrorSchema, type AckError } from './errors';

/** Every acknowledgement: the result, or an error naming what went wrong (codes and data, as the API's). */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
export const ackSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: ackErrorSchema })]);
