import { z } from 'zod';
import { ACK_ERROR_CODES, type AckErrorCode } from './errors';

/** Every acknowledgement: the result, or an error naming what went wrong. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: AckErrorCode; message: string; fields?: Array<{ path: string; message: string }> } };
export const ackSchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ACK_ERROR_CODES), message: z.string(), fields: z.array(z.object({ path: z.string(), message: z.string() })).optional() }) }),
  ]);
