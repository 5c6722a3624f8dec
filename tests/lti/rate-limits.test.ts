import { createClient } from 'redis';
import {
  api, BrowserClient, connectMeeting, createTestDatabase, freePort, launch, launchErrorOf, Launched, MeetingSocket, startTcpProxy, startToolWithLms, TcpProxy, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * SPEC "Security of the edge": rate limits on login, launch, registration, API and socket
 * handshakes, answered with 429 and Retry-After. The tool trusts X-Forwarded-For here
 * (TRUST_PROXY), so each test stands for browsers at addresses of its own.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

const at = (address: string) => new BrowserClient({ 'x-forwarded-for': address });
const launchFrom = (fx: ToolFixture, address: string, userId: string): Promise<Launched> => launch(fx.toolUrl, fx.lms, userId, undefined, at(address));
const loginFrom = (fx: ToolFixture, address: string, userId = 'student01') => at(address).request(fx.lms.loginInitiationUrl(userId));

/** Retry-After as a number of seconds within the window. */
function expectRetryAfter(value: string | null, windowSeconds = 60): void {
  expect(value).toMatch(/^\d+$/);
  expect(Number(value)).toBeGreaterThan(0);
  expect(Number(value)).toBeLessThanOrEqual(windowSeconds);
}

function expectLaunchErrorPage(result: { status: number; body: string }): void {
  expect(result.status).toBe(429);
  expect(launchErrorOf(result.body)).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
}

async function rawRequest(url: string, address: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: 'manual', ...init, headers: { 'x-forwarded-for': address, ...init.headers } });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
}

describe('limits per client address', () => {
  let fx: ToolFixture;
  beforeAll(async () => {
    fx = await startToolWithLms({
      env: { TRUST_PROXY: 'true', RATE_LIMIT_LTI_PER_IP: '6', RATE_LIMIT_REGISTER_PER_IP: '2', RATE_LIMIT_API_PER_IP: '10', RATE_LIMIT_SOCKET_PER_IP: '3' },
    });
  });
  afterAll(async () => fx?.close());

  it('/lti/login: the request over the limit gets 429, Retry-After and the launch error page; nothing is stored; another address goes on', async () => {
    for (let i = 0; i < 6; i++) expect((await loginFrom(fx, '198.51.100.1')).status).toBe(302);
    const before = await fx.countRows('lti_login_states');
    const refused = await rawRequest(fx.lms.loginInitiationUrl('student01'), '198.51.100.1');
    expectLaunchErrorPage(refused);
    expectRetryAfter(refused.retryAfter);
    expect(await fx.countRows('lti_login_states')).toBe(before);
    expect((await loginFrom(fx, '198.51.100.2')).status).toBe(302);
  });

  it('/lti/launch: counted apart from logins, before anything is checked', async () => {
    for (let i = 0; i < 6; i++) {
      expect((await rawRequest(`${fx.toolUrl}/lti/launch`, '198.51.100.3', { method: 'POST', body: new URLSearchParams({ state: 'x' }) })).status).toBe(400);
    }
    const refused = await rawRequest(`${fx.toolUrl}/lti/launch`, '198.51.100.3', { method: 'POST', body: new URLSearchParams({ state: 'x' }) });
    expectLaunchErrorPage(refused);
    expectRetryAfter(refused.retryAfter);
    // Its logins are a count of their own.
    expect((await loginFrom(fx, '198.51.100.3')).status).toBe(302);
  });

  it('/lti/register: an address registers a few times, then gets 429', async () => {
    for (let i = 0; i < 2; i++) expect((await rawRequest(`${fx.toolUrl}/lti/register`, '198.51.100.4')).status).toBe(400);
    const refused = await rawRequest(`${fx.toolUrl}/lti/register`, '198.51.100.4');
    expectLaunchErrorPage(refused);
    expectRetryAfter(refused.retryAfter);
  });

  it('/api: 429 in the API error shape with its code and Retry-After', async () => {
    const student = await launchFrom(fx, '198.51.100.5', 'student02');
    for (let i = 0; i < 10; i++) expect((await api(fx.toolUrl, student, 'GET', '/api/me')).status).toBe(200);
    const refused = await rawRequest(`${fx.toolUrl}/api/me`, '198.51.100.5', { headers: { authorization: `Bearer ${student.ltik}`, accept: 'application/json' } });
    expect(refused.status).toBe(429);
    expectRetryAfter(refused.retryAfter);
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.retryAfter) } });
    // Unauthenticated calls count too: they are what a flood is made of.
    expect((await rawRequest(`${fx.toolUrl}/api/me`, '198.51.100.5')).status).toBe(429);
  });

  it('socket handshakes: the connection over the limit is refused with a connect error carrying its code', async () => {
    const student = await launchFrom(fx, '198.51.100.6', 'student03');
    const headers = { 'x-forwarded-for': '198.51.100.6' };
    const sockets: MeetingSocket[] = [];
    try {
      for (let i = 0; i < 3; i++) sockets.push(await connectMeeting(fx.toolUrl, student, { headers }));
      await expect(connectMeeting(fx.toolUrl, student, { headers })).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      // Another address connects.
      sockets.push(await connectMeeting(fx.toolUrl, student, { headers: { 'x-forwarded-for': '198.51.100.7' } }));
    } finally {
      for (const socket of sockets) socket.close();
    }
  });

  it('an IPv6 client is counted by its /64', async () => {
    for (let i = 0; i < 6; i++) expect((await loginFrom(fx, `2001:db8:1:2::${i + 1}`)).status).toBe(302);
    expectLaunchErrorPage(await rawRequest(fx.lms.loginInitiationUrl('student01'), '2001:db8:1:2:ffff::9'));
    expect((await loginFrom(fx, '2001:db8:1:3::1')).status).toBe(302);
  });
});

describe('limits per account', () => {
  let fx: ToolFixture;
  beforeAll(async () => {
    fx = await startToolWithLms({
      env: { TRUST_PROXY: 'true', RATE_LIMIT_LTI_PER_ACCOUNT: '4', RATE_LIMIT_API_PER_ACCOUNT: '6', RATE_LIMIT_SOCKET_PER_ACCOUNT: '2' },
    });
  });
  afterAll(async () => fx?.close());

  it('an LMS over its limits is refused from every address, on login, launch, API and sockets', async () => {
    // Four students at four addresses: four logins and four launches of the account.
    const students = [];
    for (let i = 0; i < 4; i++) students.push(await launchFrom(fx, `203.0.113.${i + 1}`, `student0${i + 1}`));
    const before = await fx.countRows('lti_login_states');
    expectLaunchErrorPage(await loginFrom(fx, '203.0.113.50'));
    expect(await fx.countRows('lti_login_states')).toBe(before);

    for (let i = 0; i < 6; i++) expect((await api(fx.toolUrl, students[i % 4], 'GET', '/api/me')).status).toBe(200);
    const refused = await api(fx.toolUrl, students[0], 'GET', '/api/me');
    expect(refused).toMatchObject({ status: 429, json: { error: { code: 'RATE_LIMITED' } } });

    const sockets = [await connectMeeting(fx.toolUrl, students[0]), await connectMeeting(fx.toolUrl, students[1])];
    await expect(connectMeeting(fx.toolUrl, students[2])).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    for (const socket of sockets) socket.close();
  });
});

describe('the default limits', () => {
  const CLASS = 300;
  let fx: ToolFixture;
  beforeAll(async () => {
    // Only TRUST_PROXY set: the class comes from 127.0.0.1, the hammering machine names its own address.
    fx = await startToolWithLms({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(async () => fx?.close());

  it(`let a class of ${CLASS} behind one address through within a minute, and stop an address hammering`, async () => {
    const started = Date.now();
    const students: Launched[] = [];
    for (let i = 0; i < CLASS; i += 20) {
      students.push(...(await Promise.all(Array.from({ length: Math.min(20, CLASS - i) }, (_, j) => launch(fx.toolUrl, fx.lms, `bench-${i + j + 1}`)))));
    }
    // Each opens its course page (a few API calls) and the meeting's real-time connection.
    for (let i = 0; i < CLASS; i += 50) {
      const statuses = await Promise.all(students.slice(i, i + 50).flatMap((s) => [api(fx.toolUrl, s, 'GET', '/api/me'), api(fx.toolUrl, s, 'GET', '/api/me'), api(fx.toolUrl, s, 'GET', '/api/me')]));
      expect(statuses.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
      const sockets = await Promise.all(students.slice(i, i + 50).map((s) => connectMeeting(fx.toolUrl, s)));
      for (const socket of sockets) socket.close();
    }
    expect(Date.now() - started).toBeLessThan(60_000);

    // One machine logging in without end: refused once past the limit (600 in the minute).
    let refusedAt = 0;
    for (let i = 1; i <= 700 && !refusedAt; i++) {
      const { status } = await loginFrom(fx, '198.51.100.99');
      if (status === 429) refusedAt = i;
      else expect(status).toBe(302);
    }
    expect(refusedAt).toBe(601);
  }, 180_000);
});

/** A rate-limit store that goes away: each process goes on counting by itself, neither open to a flood nor closed to the class. */
describe('when the store of the counters is down', () => {
  async function withProxy(target: string, work: (proxy: TcpProxy, url: string) => Promise<void>): Promise<void> {
    const url = new URL(target);
    const proxy = await startTcpProxy(url.hostname, Number(url.port));
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    try {
      await work(proxy, url.toString());
    } finally {
      await proxy.close();
    }
  }

  it('Redis: logins go on within the limit, counted in the process, and are refused past it; counted in Redis again once it is back', () =>
    withProxy(REDIS_URL, async (proxy, redisUrl) => {
      const fx = await startToolWithLms({ env: { REDIS_URL: redisUrl, TRUST_PROXY: 'true', RATE_LIMIT_LTI_PER_IP: '5' } });
      const redis = createClient({ url: REDIS_URL });
      await redis.connect();
      const countInRedis = (address: string) => redis.get(`lti-rooms:rl:${new URL(fx.toolUrl).host}:lti-ip:login:${address}`);
      try {
        expect(fx.tool.limits.storeKind).toBe('redis');
        expect((await loginFrom(fx, '192.0.2.1')).status).toBe(302);
        expect(await countInRedis('192.0.2.1')).toBe('1');

        proxy.cut();
        const started = Date.now();
        for (let i = 0; i < 5; i++) expect((await loginFrom(fx, '192.0.2.2')).status).toBe(302);
        expectLaunchErrorPage(await loginFrom(fx, '192.0.2.2'));
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(await countInRedis('192.0.2.2')).toBeNull();

        proxy.restore();
        const deadline = Date.now() + 15_000;
        let counted = false;
        for (let i = 3; !counted && Date.now() < deadline; i++) {
          await loginFrom(fx, `192.0.2.${i}`);
          counted = (await countInRedis(`192.0.2.${i}`)) === '1';
          if (!counted) await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(counted).toBe(true);
      } finally {
        proxy.restore();
        await redis.close();
        await fx.close();
      }
    }), 90_000);

  it('Redis away when the tool starts: it starts within seconds, limits per process, and counts in Redis once it answers', async () => {
    // Nothing listens at the address yet (connections are refused), as when Redis is down at boot.
    const target = new URL(REDIS_URL);
    const port = await freePort();
    const starting = Date.now();
    const fx = await startToolWithLms({ env: { REDIS_URL: `redis://127.0.0.1:${port}`, TRUST_PROXY: 'true', RATE_LIMIT_LTI_PER_IP: '5' } });
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    let proxy: TcpProxy | null = null;
    try {
      expect(Date.now() - starting).toBeLessThan(15_000);
      for (let i = 0; i < 5; i++) expect((await loginFrom(fx, '192.0.2.40')).status).toBe(302);
      expectLaunchErrorPage(await loginFrom(fx, '192.0.2.40'));

      // Redis comes up at that address: the tool's clients reconnect and count there again.
      proxy = await startTcpProxy(target.hostname, Number(target.port), port);
      const deadline = Date.now() + 15_000;
      let counted = false;
      for (let i = 41; !counted && Date.now() < deadline; i++) {
        await loginFrom(fx, `192.0.2.${i}`);
        counted = (await redis.get(`lti-rooms:rl:${new URL(fx.toolUrl).host}:lti-ip:login:192.0.2.${i}`)) === '1';
        if (!counted) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(counted).toBe(true);
    } finally {
      await redis.close();
      await fx.close();
      await proxy?.close();
    }
  }, 90_000);

  onPostgres('PostgreSQL', () => {
    it('a database outage: requests within the limit reach their handler (503 with its retry hint), past it 429, none waits', async () => {
      const database = await createTestDatabase();
      await withProxy(database.databaseUrl!, async (proxy, databaseUrl) => {
        const fx = await startToolWithLms({ env: { DATABASE_URL: databaseUrl, TRUST_PROXY: 'true', RATE_LIMIT_LTI_PER_IP: '5', RATE_LIMIT_API_PER_IP: '5' } });
        try {
          expect(fx.tool.limits.storeKind).toBe('postgres');
          const student = await launchFrom(fx, '192.0.2.10', 'student01');
          proxy.cut();
          const started = Date.now();
          for (let i = 0; i < 5; i++) {
            expect(await api(fx.toolUrl, student, 'GET', '/api/me')).toMatchObject({ status: 503, json: { error: { code: 'DATABASE_UNAVAILABLE' } } });
          }
          expect(await api(fx.toolUrl, student, 'GET', '/api/me')).toMatchObject({ status: 429, json: { error: { code: 'RATE_LIMITED' } } });
          expect(Date.now() - started).toBeLessThan(20_000);
          proxy.restore();
          // Back: the shared counters answer again (this address is fresh there).
          expect((await loginFrom(fx, '192.0.2.11')).status).toBe(302);
        } finally {
          proxy.restore();
          await fx.close();
        }
      });
      await database.drop();
    }, 90_000);
  });
});
