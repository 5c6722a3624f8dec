import { BrowserClient, launch, launchErrorOf, startToolProcess, startToolWithLms, ToolFixture, ToolProcess } from '@lti-rooms/test-support';

/**
 * SPEC "Security of the edge": rate limits are shared across processes. Two server
 * processes behind one address count against the same counters: in PostgreSQL when they
 * share it, in Redis when REDIS_URL is set. Needs a database server to share.
 */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;
const LTI_KEY = 'rate-limit-processes-shared-key-0123456789abcdef';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 10;

onPostgres.each([
  ['PostgreSQL', {}],
  ['Redis (REDIS_URL)', { REDIS_URL }],
])('a limit shared by two server processes through %s', (_label, extra: Record<string, string>) => {
  const env = { ...extra, TRUST_PROXY: 'true', RATE_LIMIT_LTI_PER_IP: String(LIMIT), RATE_LIMIT_API_PER_IP: String(LIMIT) };
  let fx: ToolFixture;
  let second: ToolProcess;
  beforeAll(async () => {
    fx = await startToolWithLms({ env: { LTI_KEY, ...env } });
    second = await startToolProcess({ databaseUrl: fx.database.databaseUrl!, ltiKey: LTI_KEY, publicUrl: fx.toolUrl, env });
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await fx?.close();
  });

  /** The dev LMS's login initiation, sent to either process, from `address`. */
  const loginAt = async (serverUrl: string, address: string) => {
    const url = new URL(fx.lms.loginInitiationUrl('student01'));
    const response = await new BrowserClient({ 'x-forwarded-for': address }).request(`${serverUrl}${url.pathname}${url.search}`);
    return response;
  };

  it('logins alternating between the processes are refused once their sum passes the limit', async () => {
    expect(fx.tool.limits.storeKind).toBe(extra.REDIS_URL ? 'redis' : 'postgres');
    for (let i = 0; i < LIMIT; i++) expect((await loginAt(i % 2 ? second.url : fx.toolUrl, '198.51.100.20')).status).toBe(302);
    for (const serverUrl of [fx.toolUrl, second.url]) {
      const refused = await loginAt(serverUrl, '198.51.100.20');
      expect(refused.status).toBe(429);
      expect(launchErrorOf(refused.body).code).toBe('RATE_LIMITED');
    }
  });

  it('and so are API calls', async () => {
    const student = await launch(fx.toolUrl, fx.lms, 'student02', undefined, new BrowserClient({ 'x-forwarded-for': '198.51.100.21' }));
    const call = (serverUrl: string) => student.browser.request(`${serverUrl}/api/me`, { headers: { authorization: `Bearer ${student.ltik}`, accept: 'application/json' } });
    for (let i = 0; i < LIMIT; i++) expect((await call(i % 2 ? second.url : fx.toolUrl)).status).toBe(200);
    expect((await call(second.url)).status).toBe(429);
    expect((await call(fx.toolUrl)).status).toBe(429);
  });
});
