import { request } from 'node:http';
import type { HttpInput } from './http-inputs';

export type RawAnswer = { status: number; body: string } | { error: string };

/**
 * Sends a request exactly as generated (raw path, broken escapes and all), on a fresh
 * connection, and waits for the whole answer. No answer in time is an answer too: the
 * error the caller reports.
 */
export function sendRaw(baseUrl: string, input: HttpInput, timeoutMs = 5_000): Promise<RawAnswer> {
  const base = new URL(baseUrl);
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: RawAnswer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    try {
      // Declared length: without it Node sends no body with OPTIONS or DELETE.
      const headers = input.body === undefined ? input.headers : { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) };
      const req = request(
        { host: base.hostname, port: base.port, method: input.method, path: input.path, headers, agent: false, timeout: timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 2000) }));
          res.on('error', (error) => done({ error: `response: ${error.message}` }));
        },
      );
      req.on('timeout', () => {
        req.destroy();
        done({ error: `no answer within ${timeoutMs} ms` });
      });
      req.on('error', (error) => done({ error: `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` }));
      req.end(input.body);
    } catch (error) {
      // The client refused to send it: a generator bug, reported like a failure so it gets fixed.
      done({ error: `not sendable: ${(error as Error).message}` });
    }
  });
}
