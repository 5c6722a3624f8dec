import type { Ack, AckError } from '@lti-rooms/contracts';
import { StageRefusalError } from '@lti-rooms/domain';
import { failureOf, refusalBody } from '@lti-rooms/server-http';
import type { Logger } from '@lti-rooms/server-core';

/** The same codes and data the HTTP API gives (one mapping, failureOf); a stage refusal is its own code. */
export function ackErrorOf(error: unknown, logger: Logger, context: Record<string, unknown>): AckError {
  if (error instanceof StageRefusalError) return { code: error.refusal };
  const failure = failureOf(error);
  if (failure.code === 'INTERNAL') logger.error({ err: error, ...context }, 'real-time request failed');
  return refusalBody(failure);
}

/** A refused connection: Socket.IO hands the client `message` (the code) and `data` (the refusal). */
export function connectRefusal(refusal: AckError): Error {
  return Object.assign(new Error(refusal.code), { data: refusal });
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
