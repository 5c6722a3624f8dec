import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startDevLms } from '@lti-rooms/dev-lms';
import { runPlatformsCommand } from '@lti-rooms/server-app';
import { api, BrowserClient, freePort, launch, Launched, startToolProcess, startToolWithLms, ToolFixture, ToolProcess } from '@lti-rooms/test-support';

/**
 * SPEC "Security of the edge": a CSP whose frame-ancestors are the registered LMS origins,
 * Jitsi script only from the accounts' configured https domains, no inline script without a
 * nonce. The dev LMS serves its course pages on http://localhost:<port> while its issuer and
 * endpoints are on http://127.0.0.1:<port>, as Canvas's course pages are not on its issuer.
 */
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

type Policy = Record<string, string[]>;

function policyOf(header: string | null): Policy {
  if (!header) throw new Error('no Content-Security-Policy header');
  return Object.fromEntries(header.split(';').map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name, values]));
}

async function fetchPolicy(url: string): Promise<{ policy: Policy; response: Response; body: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { policy: policyOf(response.headers.get('content-security-policy')), response, body: await response.text() };
}

/** Polls until `check` holds: another process (or the command line) changed the database, which pages read within seconds. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const framedBy = async (fx: ToolFixture, origin: string) => (await fetchPolicy(`${fx.toolUrl}/my-rooms`)).policy['frame-ancestors'].includes(origin);

describe('the Content-Security-Policy', () => {
  let fx: ToolFixture;
  let lmsSite: string;
  let lmsOrigin: string;
  let otherLmsPort: number;
  beforeAll(async () => {
    otherLmsPort = await freePort();
    // The registration test's second LMS listens on loopback: the operator allows it, as for the fixture's own.
    fx = await startToolWithLms({ lms: { coursePagesHost: 'localhost' }, allowedHosts: [`127.0.0.1:${otherLmsPort}`] });
    lmsOrigin = new URL(fx.lms.issuer).origin;
    lmsSite = `http://localhost:${new URL(fx.lms.issuer).port}`;
  });
  afterAll(async () => fx?.close());

  it('app pages: scripts from the tool, its nonce and the Jitsi domain only; styles from the tool; framed by the LMS registered; no X-Frame-Options', async () => {
    // The fixture activated the platform behind the tool's back: pages read it within seconds.
    await eventually(() => framedBy(fx, lmsOrigin));
    const { policy, response, body } = await fetchPolicy(`${fx.toolUrl}/my-rooms`);
    expect(response.status).toBe(200);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}=='$/), 'https://meet.jit.si']);
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'", `ws://${new URL(fx.toolUrl).host}`]);
    expect(policy['frame-src']).toEqual(['https://meet.jit.si']);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    // The registration's login endpoint; not yet the course pages, which no launch has shown.
    expect(policy['frame-ancestors']).toEqual(["'self'", lmsOrigin]);
    expect(Object.values(policy).flat().filter((source) => /unsafe/.test(source))).toEqual([]);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    // The built app has nothing inline the policy would block (the launch error's JSON is data, not script).
    expect(body).toContain('<script type="module"');
    expect(body.match(/<script\b[^>]*>/g)!.every((tag) => /\ssrc=/.test(tag))).toBe(true);
    expect(body).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    // A nonce is good for one response.
    expect((await fetchPolicy(`${fx.toolUrl}/my-rooms`)).policy['script-src'][1]).not.toBe(policy['script-src'][1]);
  });

  it('a launch teaches the origin of its course pages (return URL, platform URL); the LMS may frame the tool from there at once', async () => {
    const launched = await launch(fx.toolUrl, fx.lms, 'student01');
    const { policy } = await fetchPolicy(`${fx.toolUrl}${launched.landingPath}`);
    expect(policy['frame-ancestors']).toEqual(["'self'", lmsOrigin, lmsSite]);
    // Learned once: more launches add nothing.
    await launch(fx.toolUrl, fx.lms, 'student02');
    const [row] = await fx.tool.db.select<{ n: number | string }>("SELECT COUNT(*) AS n FROM frame_origins WHERE source = 'launch'");
    expect(Number(row.n)).toBe(1);
  });

  it('launch refusals and the registration page may be shown inside any LMS frame; they hold no session', async () => {
    const refused = await fetchPolicy(`${fx.toolUrl}/lti/login?iss=${encodeURIComponent(fx.lms.issuer)}`);
    expect(refused.response.status).toBe(400);
    expect(refused.policy['frame-ancestors']).toEqual(['*']);
    expect(refused.policy['script-src']).toContain("'self'");
    const registration = await fetchPolicy(`${fx.toolUrl}/lti/register`);
    expect(registration.policy['frame-ancestors']).toEqual(['*']);
    const launchRefused = await fetch(`${fx.toolUrl}/lti/launch`, { method: 'POST', body: new URLSearchParams({ state: 'unknown' }) });
    expect(launchRefused.status).toBe(400);
    expect(policyOf(launchRefused.headers.get('content-security-policy'))['frame-ancestors']).toEqual(['*']);
  });

  it("the registration page's closing script runs by the response's nonce", async () => {
    // A second LMS registers through a recorder in front of the tool, to read the page it is shown.
    const pages: Array<{ policy: string | null; body: string }> = [];
    const recorder: Server = createServer((req, res) => {
      void fetch(`${fx.toolUrl}${req.url}`).then(async (upstream) => {
        const body = await upstream.text();
        pages.push({ policy: upstream.headers.get('content-security-policy'), body });
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/html' }).end(body);
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    const otherLms = await startDevLms({ port: otherLmsPort, toolUrl: `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`, logger: quiet });
    try {
      await otherLms.register();
      const [page] = pages;
      const nonce = /'nonce-([^']+)'/.exec(page.policy!)![1];
      expect(page.body).toContain(`<script nonce="${nonce}">`);
      expect(page.body.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
      expect(policyOf(page.policy)['frame-ancestors']).toEqual(['*']);
    } finally {
      await otherLms.close();
      await new Promise((resolve) => recorder.close(resolve));
    }
  });

  describe('origins from outside the launches', () => {
    let admin: Launched;
    beforeAll(async () => {
      admin = await launch(fx.toolUrl, fx.lms, 'admin');
    });

    it('an administrator adds an origin (a vanity domain), sees where each comes from, and removes it', async () => {
      const added = await api(fx.toolUrl, admin, 'POST', '/api/admin/frame-origins', { origin: 'https://learn.example.edu/course/view.php?id=4' });
      expect(added.status).toBe(200);
      expect(added.json.origins).toEqual([
        { origin: lmsOrigin, source: 'registration', addedAt: expect.any(String) },
        { origin: lmsSite, source: 'launch', addedAt: expect.any(String) },
        { origin: 'https://learn.example.edu', source: 'admin', addedAt: expect.any(String) },
      ]);
      expect(await framedBy(fx, 'https://learn.example.edu')).toBe(true);
      expect((await api(fx.toolUrl, admin, 'GET', '/api/admin/audit')).json.entries[0]).toMatchObject({ action: 'frame-origin.add', target: 'https://learn.example.edu' });

      const removed = await api(fx.toolUrl, admin, 'DELETE', `/api/admin/frame-origins/${encodeURIComponent('https://learn.example.edu')}`);
      expect(removed.json.origins.map((o: { origin: string }) => o.origin)).not.toContain('https://learn.example.edu');
      expect(await framedBy(fx, 'https://learn.example.edu')).toBe(false);
      // The registration's origin goes with the registration.
      expect((await api(fx.toolUrl, admin, 'DELETE', `/api/admin/frame-origins/${encodeURIComponent(lmsOrigin)}`)).status).toBe(404);
    });

    it.each([['learn.example.edu'], ['javascript:alert(1)'], ['https://[::1]'], ['https://*.example.edu'], ['']])('refuses %j, naming the field', async (origin) => {
      const refused = await api(fx.toolUrl, admin, 'POST', '/api/admin/frame-origins', { origin });
      expect(refused).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED', fields: [{ path: 'origin' }] } } });
    });

    it('is for administrators only', async () => {
      const student = await launch(fx.toolUrl, fx.lms, 'student03');
      expect((await api(fx.toolUrl, student, 'POST', '/api/admin/frame-origins', { origin: 'https://evil.example' })).status).toBe(403);
      expect((await api(fx.toolUrl, student, 'GET', '/api/admin/frame-origins')).status).toBe(403);
      expect(await framedBy(fx, 'https://evil.example')).toBe(false);
    });

    const env = () => ({ DATA_DIR: fx.database.dataDir, DATABASE_URL: fx.database.databaseUrl, LOG_LEVEL: 'silent' });
    const platforms = async (...args: string[]) => {
      const lines: string[] = [];
      const code = await runPlatformsCommand(args, { env: env(), out: (l) => lines.push(l), err: (l) => lines.push(l) });
      return { code, out: lines.join('\n') };
    };

    it('an operator adds and removes one with `npm run platforms -- add-origin`; every page has it within seconds', async () => {
      const added = await platforms('add-origin', fx.account.id, 'https://vanity.example.edu/');
      expect(added).toMatchObject({ code: 0, out: expect.stringContaining('Added https://vanity.example.edu') });
      await eventually(() => framedBy(fx, 'https://vanity.example.edu'));
      expect((await platforms('list')).out).toContain('https://vanity.example.edu (operator)');
      expect((await platforms('add-origin', fx.account.id, 'vanity.example.edu')).code).toBe(2);
      expect((await platforms('remove-origin', fx.account.id, 'https://vanity.example.edu')).code).toBe(0);
      await eventually(async () => !(await framedBy(fx, 'https://vanity.example.edu')));
    });

    it("Canvas: the login endpoint's origin frames, the shared issuer does not; an inactive registration adds nothing", async () => {
      const canvas = await platforms('add', '--issuer', 'https://canvas.instructure.com', '--client-id', '10000000000042', '--name', 'Canvas',
        '--auth-endpoint', 'https://sso.canvaslms.com/api/lti/authorize_redirect', '--token-endpoint', 'https://sso.canvaslms.com/login/oauth2/token',
        '--jwks-uri', 'https://sso.canvaslms.com/api/lti/security/jwks', '--deployment-id', '1:abc', '--activate');
      expect(canvas.code).toBe(0);
      const pending = await platforms('add', '--issuer', 'https://pending.example.edu', '--client-id', 'p1', '--auth-endpoint', 'https://pending.example.edu/auth',
        '--token-endpoint', 'https://pending.example.edu/token', '--jwks-uri', 'https://pending.example.edu/jwks', '--deployment-id', '1');
      expect(pending.code).toBe(0);
      await eventually(() => framedBy(fx, 'https://sso.canvaslms.com'));
      const { policy } = await fetchPolicy(`${fx.toolUrl}/my-rooms`);
      expect(policy['frame-ancestors']).not.toContain('https://canvas.instructure.com');
      expect(policy['frame-ancestors']).not.toContain('https://pending.example.edu');
    });

    it("the accounts' Jitsi domains are in script-src and frame-src; the domain is a host name only", async () => {
      const saved = await api(fx.toolUrl, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: 'Meet.Example.EDU:8443', appId: 'rooms', appSecret: 'a-secret-of-sixteen-or-more' });
      expect(saved).toMatchObject({ status: 200, json: { domain: 'meet.example.edu:8443' } });
      const { policy } = await fetchPolicy(`${fx.toolUrl}/my-rooms`);
      expect(policy['script-src']).toContain('https://meet.example.edu:8443');
      expect(policy['frame-src']).toContain('https://meet.example.edu:8443');

      for (const domain of ['https://meet.example.edu', 'meet.example.edu/jitsi', '10.0.0.5', '192.168.1.20:8443', 'localhost:8443', 'meet.localhost', `${'a'.repeat(300)}.edu`]) {
        const refused = await api(fx.toolUrl, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain, appId: 'rooms' });
        expect(refused).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED', fields: [{ path: 'domain' }] } } });
      }
    });
  });
});

onPostgres('the frame origins on every process', () => {
  const LTI_KEY = 'csp-processes-shared-lti-key-0123456789abcdef';
  let fx: ToolFixture;
  let second: ToolProcess;
  beforeAll(async () => {
    fx = await startToolWithLms({ env: { LTI_KEY }, lms: { coursePagesHost: 'localhost' } });
    second = await startToolProcess({ databaseUrl: fx.database.databaseUrl!, ltiKey: LTI_KEY, publicUrl: fx.toolUrl });
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await fx?.close();
  });

  it('an origin learned from a launch on one process frames pages of the other within seconds', async () => {
    const site = `http://localhost:${new URL(fx.lms.issuer).port}`;
    const secondFramedBy = async () => (await fetchPolicy(`${second.url}/my-rooms`)).policy['frame-ancestors'].includes(site);
    expect(await secondFramedBy()).toBe(false);
    await launch(fx.toolUrl, fx.lms, 'student01', undefined, new BrowserClient());
    await eventually(secondFramedBy);
  });
});
