import type { Ack } from '@lti-rooms/contracts';
import { DomainError, StageRefusalError } from '@lti-rooms/domain';
import { ApiFailure, isDatabaseOutage } from '@lti-rooms/server-http';
import type { Logger } from '@lti-rooms/server-core';

type AckError = Extract<Ack<never>, { ok: false }>['error'];

/** The same clear messages the HTTP API gives; stack traces stay in the log. */
export function ackErrorOf(error: unknown, logger: Logger, context: Record<string, unknown>): AckError {
  if (error instanceof StageRefusalError) return { code: error.reason, message: error.message };
  if (error instanceof DomainError) return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  if (isDatabaseOutage(error)) return { code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable right now. Please try again in a few seconds.' };
  logger.error({ err: error, ...context }, 'real-time request failed');
  return { code: 'INTERNAL', message: 'Something went wrong. Please try again.' };
}

/**
 * Runs one client request and answers its acknowledgement. A client that asked for no
 * answer gets none; a failure never escapes into the socket's event loop.
 */
export function answer<T>(ack: unknown, logger: Logger, context: Record<string, unknown>, work: () => Promise<T>): void {
  const reply = typeof ack === 'function' ? (ack as (result: Ack<T>) => void) : () => undefined;
  work().then(
    (data) => reply({ ok: true, data }),
    (error: unknown) => reply({ ok: false, error: ackErrorOf(error, logger, context) }),
  );
}

/** Cookies from the handshake's Cookie header (the browser sends them with the upgrade request). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      cookies[name] = part.slice(eq + 1).trim();
    }
  }
  return cookies;
}
