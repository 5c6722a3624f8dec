import pino, { DestinationStream, Logger } from 'pino';

export type { Logger };

/** The server's logger; `destination` (stdout by default) lets tests read exactly the lines it writes. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'lti-rooms' },
    // Launch tokens, cookies and id_tokens must never reach a log line.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'res.headers.location', '*.id_token', '*.ltik'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
