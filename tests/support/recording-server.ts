import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP(S) server on loopback that answers through `respond` and remembers every request it got. */
export interface RecordingServer {
  /** http(s)://127.0.0.1:<port> */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** TCP connections accepted, whether or not a request followed (a TLS handshake that failed counts). */
  connections(): number;
  /** Whether anything reached it: a connection, or a request (on a kept-alive connection). */
  contacts(): number;
  close(): Promise<void>;
}

export type Responder = (request: RecordedRequest, res: ServerResponse, self: { url: string; port: number }) => void;

export interface TlsIdentity {
  key: string;
  cert: string;
}

export async function startRecordingServer(respond: Responder, options: { tls?: TlsIdentity } = {}): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const self = { url: '', port: 0 };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      respond(recorded, res, self);
    });
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self.port = (server.address() as { port: number }).port;
  self.url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${self.port}`;
  return {
    url: self.url,
    port: self.port,
    requests,
    connections: () => connections,
    contacts: () => connections + requests.length,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * A self-signed certificate for `localhost` and any `*.jitsi.test` name (a test's Jitsi
 * servers, answered by the tool's outbound hosts table), made by openssl, to serve https
 * that a test trusts explicitly.
 */
export function selfSignedLocalhost(): TlsIdentity {
  const dir = mkdtempSync(join(tmpdir(), 'lti-rooms-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,DNS:*.jitsi.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An LMS's side of Dynamic Registration as anyone could serve it: the OpenID configuration
 * (`configuration(base)` names the issuer and endpoints) and a registration endpoint that
 * answers with `clientId`.
 */
export function fakePlatform(options: { configuration: (base: string) => Record<string, unknown>; clientId: () => string; deploymentId?: string }): Responder {
  return (request, res, self) => {
    const base = `http://${request.headers.host ?? `127.0.0.1:${self.port}`}`;
    if (request.method === 'GET' && request.url.startsWith('/.well-known/openid-configuration')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(options.configuration(base)));
    } else if (request.method === 'POST' && request.url === '/register') {
      const answer = { ...JSON.parse(request.body || '{}'), client_id: options.clientId() };
      if (options.deploymentId) answer['https://purl.imsglobal.org/spec/lti-tool-configuration'] = { deployment_id: options.deploymentId };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  };
}

/** The endpoints an LMS at `base` would name, with `overrides`. */
export function platformConfiguration(base: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    issuer: base,
    authorization_endpoint: `${base}/auth`,
    token_endpoint: `${base}/token`,
    jwks_uri: `${base}/jwks`,
    registration_endpoint: `${base}/register`,
    'https://purl.imsglobal.org/spec/lti-platform-configuration': { product_family_code: 'fake' },
    ...overrides,
  };
}
