import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import pinoHttp from 'pino-http';
import type { Logger } from '@lti-rooms/server-core';

/**
 * Query parameters that carry credentials (Moodle's registration_token, an id_token, a launch
 * token) or bind a login to its browser (the OIDC state and nonce, in the redirect to the LMS).
 */
const SECRET_PARAMETER = /token|secret|password|ltik|jwt|assertion|state|nonce/i;
const REDACTED = '[redacted]';

/** A logged URL keeps its path and parameter names; the values of secret parameters and any fragment (the launch token's place) are gone. */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  if (hash >= 0) return `${redactUrl(url.slice(0, hash))}#${REDACTED}`;
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const kept = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return SECRET_PARAMETER.test(safeDecode(name)) ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, mark)}?${kept.join('&')}`;
}

function redactQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, SECRET_PARAMETER.test(name) ? REDACTED : value]));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * One log line per request, under an id of our own: a client's X-Request-Id is logged
 * beside it (bounded) but never becomes the reference a 500 page shows, nor is it echoed.
 */
export function requestLogging(logger: Logger): RequestHandler {
  const genReqId = (_req: IncomingMessage, res: ServerResponse) => {
    const id = randomUUID();
    res.setHeader('x-request-id', id);
    return id;
  };
  // A logger that writes nothing (not even errors) gets no per-request child logger, which
  // costs more than some whole requests: the request keeps its id and header, as before.
  if (!logger.isLevelEnabled('fatal')) {
    return (req, res, next) => {
      (req as { id?: unknown }).id = genReqId(req, res);
      next();
    };
  }
  return pinoHttp({
    logger,
    genReqId,
    customProps: (req: IncomingMessage) => {
      const client = req.headers['x-request-id'];
      return typeof client === 'string' && client ? { clientRequestId: client.slice(0, 200) } : {};
    },
    serializers: {
      // Headers (cookies, Authorization, Set-Cookie, Location) are redacted by the logger itself (createLogger).
      req: (req: { url?: string; query?: unknown }) => {
        if (typeof req.url === 'string') req.url = redactUrl(req.url);
        if (req.query) req.query = redactQuery(req.query);
        return req;
      },
    },
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
  });
}
