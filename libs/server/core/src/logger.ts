import pino, { Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'lti-rooms' },
    // Launch tokens, cookies and id_tokens must never reach a log line.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'res.headers.location', '*.id_token', '*.ltik'], censor: '[redacted]' },
  });
}
