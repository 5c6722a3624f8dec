import { parseConfig } from '@lti-rooms/server-app';
import {
  fakePlatform, freePort, platformConfiguration, RecordingServer, startRecordingServer, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * Dynamic Registration is unauthenticated: whoever calls /lti/register chooses the URL the
 * tool fetches. "internal" stands for a service on the tool's network (loopback here) that
 * the operator did not allow-list: it must never see a connection, however it is named.
 */
const SECRET = 'internal-secret-3f1c9a';
// The registration page's words (REGISTRATION_ERRORS in server-lti), one per kind of failure.
const UNREADABLE = 'The LMS configuration could not be read.';
const INVALID = 'The LMS configuration does not meet the LTI Dynamic Registration rules';

let fx: ToolFixture;
let internal: RecordingServer;
let allowed: RecordingServer;
let closedPort: number;
const logLines: string[] = [];
let clientIds = 0;

beforeAll(async () => {
  internal = await startRecordingServer((_request, res, self) => {
    // A valid-looking configuration, so that a tool that fetched it would go on with it.
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...platformConfiguration(self.url), secret: SECRET }));
  });
  allowed = await startRecordingServer((request, res, self) => {
    const internalAt = (host: string) => `${host}:${internal.port}/.well-known/openid-configuration`;
    const redirects: Record<string, string> = {
      '/to-internal': `http://127.0.0.1:${internal.port}/.well-known/openid-configuration`,
      '/to-internal-by-name': `https://${internalAt('localhost')}`,
      '/hop1': '/hop2', '/hop2': '/hop3', '/hop3': '/.well-known/openid-configuration',
      '/over1': '/over2', '/over2': '/over3', '/over3': '/over4', '/over4': '/.well-known/openid-configuration',
      '/to-other-origin': `http://localhost:${self.port}/.well-known/openid-configuration`,
    };
    if (redirects[request.url]) return void res.writeHead(302, { location: redirects[request.url] }).end();
    if (request.url === '/internal-registration-endpoint') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(platformConfiguration(`http://127.0.0.1:${self.port}`, {
        registration_endpoint: `http://127.0.0.1:${internal.port}/register`,
      })));
    }
    if (request.url === '/internal-registration-endpoint-by-name') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(platformConfiguration(`http://127.0.0.1:${self.port}`, {
        registration_endpoint: `https://localhost:${internal.port}/register`,
      })));
    }
    if (request.url === '/http-jwks') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(platformConfiguration(`http://127.0.0.1:${self.port}`, {
        jwks_uri: 'http://lms.example.edu/jwks',
      })));
    }
    if (request.url === '/huge') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ padding: 'x'.repeat(300 * 1024) }));
    if (request.url === '/html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(JSON.stringify(platformConfiguration(self.url)));
    if (request.url === '/secret-error') return void res.writeHead(500, { 'content-type': 'text/plain' }).end(`${SECRET} stack trace`);
    if (request.url === '/stall') return; // never answers
    fakePlatform({ configuration: (base) => platformConfiguration(base), clientId: () => `ssrf-client-${++clientIds}` })(request, res, self);
  });
  closedPort = await freePort();
  fx = await startToolWithLms({
    logLines,
    allowedHosts: [`127.0.0.1:${allowed.port}`, `localhost:${allowed.port}`, `127.0.0.1:${closedPort}`],
    // Dozens of registrations from one address: the limit (tested in rate-limits.test.ts) would answer 429 before the filter is reached.
    env: { RATE_LIMIT_REGISTER_PER_IP: '0' },
  });
});
afterAll(async () => {
  await fx?.close();
  await internal?.close();
  await allowed?.close();
});

async function register(configurationUrl: string, token = 'registration-token-123') {
  const response = await fetch(`${fx.toolUrl}/lti/register?${new URLSearchParams({ openid_configuration: configurationUrl, registration_token: token })}`);
  return { status: response.status, body: await response.text() };
}

const rowsWritten = async () => ({ accounts: await fx.countRows('accounts'), ltijsPlatforms: await fx.countRows('platforms') });

describe('Dynamic Registration never reaches an address the operator did not allow', () => {
  it.each([
    ['a loopback address', () => `http://127.0.0.1:${internal.port}/.well-known/openid-configuration`],
    ['a loopback address over https', () => `https://127.0.0.1:${internal.port}/.well-known/openid-configuration`],
    ['a host name that resolves to loopback (localhost)', () => `https://localhost:${internal.port}/.well-known/openid-configuration`],
    ['the unspecified address 0.0.0.0', () => `https://0.0.0.0:${internal.port}/.well-known/openid-configuration`],
    ['an IPv4-mapped IPv6 address', () => `https://[::ffff:127.0.0.1]:${internal.port}/.well-known/openid-configuration`],
    ['a decimal IPv4 address', () => `https://2130706433:${internal.port}/.well-known/openid-configuration`],
    ['a redirect from an allow-listed host', () => `${allowed.url}/to-internal`],
    ['a redirect from an allow-listed host to a name that resolves to loopback', () => `${allowed.url}/to-internal-by-name`],
  ])('refuses %s without connecting, writes nothing and shows the generic message', async (_label, url) => {
    const before = await rowsWritten();
    const connections = internal.contacts();
    const answer = await register(url());
    expect(internal.contacts() - connections).toBe(0);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.status).toBe(502);
    expect(answer.body).toContain(UNREADABLE);
    expect(await rowsWritten()).toEqual(before);
  });

  it.each([
    ['on a loopback address', '/internal-registration-endpoint'],
    ['on a name that resolves to loopback', '/internal-registration-endpoint-by-name'],
  ])('never posts the registration (and its bearer token) to a registration endpoint %s', async (_label, path) => {
    const before = await rowsWritten();
    const connections = internal.contacts();
    const answer = await register(`${allowed.url}${path}`);
    expect(internal.contacts() - connections).toBe(0);
    expect(answer.status).toBe(502);
    expect(answer.body).not.toContain(SECRET);
    expect(await rowsWritten()).toEqual(before);
  });

  it('logs why, for the operator, and never the remote body', () => {
    const refusals = logLines.filter((line) => line.includes('dynamic registration refused'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.some((line) => line.includes('refused') && line.includes('loopback'))).toBe(true);
    expect(logLines.filter((line) => line.includes(SECRET))).toEqual([]);
  });
});

describe('what a failed registration tells the caller', () => {
  it('is the same whether the port is open or closed, and never the remote body', async () => {
    const open = await register(`${allowed.url}/secret-error`);
    const notFound = await register(`${allowed.url}/missing`);
    const closed = await register(`http://127.0.0.1:${closedPort}/.well-known/openid-configuration`);
    expect(open.body).not.toContain(SECRET);
    expect([open.status, notFound.status, closed.status]).toEqual([502, 502, 502]);
    expect(notFound.body).toBe(open.body);
    expect(closed.body).toBe(open.body);
    expect(open.body).toContain(UNREADABLE);
  });
});

describe('bounded requests', () => {
  it.each([
    ['a configuration over 256 KB', '/huge'],
    ['a configuration that is not served as JSON', '/html'],
    ['more than three redirects', '/over1'],
  ])('refuses %s and writes nothing', async (_label, path) => {
    const before = await rowsWritten();
    const answer = await register(`${allowed.url}${path}`);
    expect(answer.status).toBe(502);
    expect(answer.body).toContain(UNREADABLE);
    expect(await rowsWritten()).toEqual(before);
  });

  it('gives up on an LMS that never answers', async () => {
    const started = Date.now();
    const answer = await register(`${allowed.url}/stall`);
    expect(answer.status).toBe(502);
    expect(answer.body).toContain(UNREADABLE);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('follows up to three redirects, each checked again, to a valid configuration', async () => {
    const before = await fx.countRows('accounts');
    const answer = await register(`${allowed.url}/hop1`);
    expect(answer.status).toBe(200);
    expect(await fx.countRows('accounts')).toBe(before + 1);
  });

  it('sends the registration token only to the origin it came with', async () => {
    const from = allowed.requests.length;
    await register(`${allowed.url}/to-other-origin`, 'token-for-the-lms');
    const [first, second] = allowed.requests.slice(from);
    expect(first).toMatchObject({ url: '/to-other-origin', headers: { authorization: 'Bearer token-for-the-lms' } });
    expect(second.headers.host).toBe(`localhost:${allowed.port}`);
    expect(second.headers.authorization).toBeUndefined();
  });

  it('requires https for the LMS endpoints unless their host is allow-listed, and then never posts the registration', async () => {
    const before = await rowsWritten();
    const from = allowed.requests.length;
    const answer = await register(`${allowed.url}/http-jwks`);
    expect(answer.status).toBe(502);
    expect(answer.body).toContain(INVALID);
    expect(allowed.requests.slice(from).map((r) => `${r.method} ${r.url}`)).toEqual(['GET /http-jwks']);
    expect(await rowsWritten()).toEqual(before);
  });
});

describe('LTI_REGISTRATION_ALLOWED_HOSTS', () => {
  it('lists the operator hosts the fixture set, and refuses a malformed entry at start', async () => {
    expect(fx.tool.config.LTI_REGISTRATION_ALLOWED_HOSTS).toEqual(expect.arrayContaining([`127.0.0.1:${allowed.port}`, `localhost:${allowed.port}`]));
    expect(parseConfig({ LTI_REGISTRATION_ALLOWED_HOSTS: ' LMS.Example.edu , 10.0.0.5:8080,[::1]:4000' }).LTI_REGISTRATION_ALLOWED_HOSTS)
      .toEqual(['lms.example.edu', '10.0.0.5:8080', '[::1]:4000']);
    expect(parseConfig({}).LTI_REGISTRATION_ALLOWED_HOSTS).toEqual([]);
    expect(() => parseConfig({ LTI_REGISTRATION_ALLOWED_HOSTS: 'http://lms.example.edu/path' })).toThrow(/LTI_REGISTRATION_ALLOWED_HOSTS:/);
  });
});
