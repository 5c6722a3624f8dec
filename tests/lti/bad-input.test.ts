import {
  api, BrowserClient, beginLogin, connectMeeting, launch, Launched, launchErrorOf, request, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';
import { sendRaw } from './fuzz/send-raw';

/**
 * Issue 10, finding 9: bad input gets a 4xx naming the problem, never a 5xx, and nothing
 * is written, on SQLite and PostgreSQL alike (PostgreSQL enforces column sizes; SQLite
 * refuses NUL bytes).
 */
let fx: ToolFixture;
let instructor: Launched;
let admin: Launched;
let channelId: string;
let roomId: string;

beforeAll(async () => {
  fx = await startToolWithLms();
  [instructor, admin] = await Promise.all(['instructor', 'admin'].map((user) => launch(fx.toolUrl, fx.lms, user)));
  channelId = instructor.landingPath.split('/').pop()!;
  const created = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', { channelId, name: 'Bad input', description: '<p>kept</p>', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } });
  roomId = created.json.id;
});
afterAll(async () => fx?.close());

const authHeaders = (who: Launched) => ({ authorization: `Bearer ${who.ltik}`, cookie: [...who.browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '), accept: 'application/json' });
const rawApi = async (who: Launched, method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
  const answer = await sendRaw(fx.toolUrl, { method, path, body, headers: { ...authHeaders(who), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers } });
  if ('error' in answer) throw new Error(answer.error);
  return { status: answer.status, json: answer.body ? JSON.parse(answer.body) : null };
};
const roomRow = async () => (await fx.tool.db.select<{ name: string; description: string }>('SELECT name, description FROM rooms WHERE id = :roomId', { roomId }))[0];

describe('addresses', () => {
  it.each([
    ['an API id', '/api/rooms/%E0%A4%A'],
    ['an LTI path', '/lti/%E0%A4%A'],
    ['a page', '/rooms/%E0%A4%A'],
  ])('a malformed %%-escape in %s is a 400 naming the address', async (_label, path) => {
    expect(await rawApi(instructor, 'GET', path)).toEqual({ status: 400, json: { error: { code: 'VALIDATION_FAILED', reason: 'MALFORMED_ESCAPE', fields: [{ path: 'url', code: 'MALFORMED_ESCAPE' }] } } });
  });
});

describe('NUL bytes are refused with a 400 naming the field, and nothing is written', () => {
  it('in a JSON body', async () => {
    const before = await fx.countRows('rooms');
    const created = await rawApi(instructor, 'POST', '/api/rooms', JSON.stringify({ channelId, name: 'Fine', description: 'a\u0000b', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } }));
    expect(created).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED', fields: [{ path: 'description' }] } } });
    const patched = await rawApi(instructor, 'PATCH', `/api/rooms/${roomId}`, JSON.stringify({ tags: ['ok', 'b\u0000d'] }));
    expect(patched).toMatchObject({ status: 400, json: { error: { fields: [{ path: 'tags.1' }] } } });
    expect(await fx.countRows('rooms')).toBe(before);
    expect(await roomRow()).toEqual({ name: 'Bad input', description: '<p>kept</p>' });
  });

  it('in a path parameter and in the query', async () => {
    expect(await rawApi(instructor, 'PUT', `/api/rooms/${roomId}/channels/a%00b`)).toMatchObject({ status: 400, json: { error: { fields: [{ path: 'url' }] } } });
    expect(await rawApi(instructor, 'GET', '/api/rooms/form-options?channelId=x%00')).toMatchObject({ status: 400, json: { error: { fields: [{ path: 'query.channelId' }] } } });
  });

  it('in an LTI form', async () => {
    const before = await fx.countRows('lti_login_states');
    const answer = await sendRaw(fx.toolUrl, { method: 'POST', path: '/lti/login', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: `iss=${encodeURIComponent(fx.lms.issuer)}&login_hint=a%00&target_link_uri=x` });
    expect(answer).toMatchObject({ status: 400 });
    expect(JSON.parse((answer as { body: string }).body).error.fields).toEqual([{ path: 'login_hint', code: 'NUL_BYTE' }]);
    expect(await fx.countRows('lti_login_states')).toBe(before);
  });

  it('in a socket payload: a validation error, not an internal one', async () => {
    const socket = await connectMeeting(fx.toolUrl, instructor);
    try {
      for (const [event, body, field] of [
        ['session:enter', { roomId: 'a\u0000b' }, 'roomId'],
        ['session:leave', { sessionId: '\u0000' }, 'sessionId'],
        ['stage:command', { sessionId: 's', command: { type: 'invite', targetUserId: 'u\u0000' } }, 'command.targetUserId'],
      ] as const) {
        expect(await request(socket, event as 'session:enter', body as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: field }] } });
      }
    } finally {
      socket.close();
    }
    expect(await fx.countRows('session_participants')).toBe(0);
  });
});

describe('bodies the tool cannot read keep their 4xx', () => {
  it('a body over 256 KB is a 413', async () => {
    const before = await fx.countRows('rooms');
    const huge = JSON.stringify({ channelId, name: 'Huge', description: 'x'.repeat(300 * 1024), modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } });
    expect(await rawApi(instructor, 'POST', '/api/rooms', huge)).toMatchObject({ status: 413, json: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect(await fx.countRows('rooms')).toBe(before);
  });

  it.each([
    ['an unsupported character set', { 'content-type': 'application/json; charset=latin1' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an unsupported content encoding', { 'content-encoding': 'x-unknown' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a body that is not the gzip it claims', { 'content-encoding': 'gzip' }, 400, 'BAD_REQUEST'],
  ])('%s', async (_label, headers, status, code) => {
    expect(await rawApi(instructor, 'PATCH', `/api/rooms/${roomId}`, JSON.stringify({ name: 'Changed' }), headers)).toMatchObject({ status, json: { error: { code } } });
    expect(await roomRow()).toMatchObject({ name: 'Bad input' });
  });

  it('JSON that does not parse is a 400 naming the body', async () => {
    expect(await rawApi(instructor, 'PATCH', `/api/rooms/${roomId}`, '{"name":')).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED', fields: [{ path: 'body' }] } } });
  });
});

describe('administration input fits its columns', () => {
  it('a 300-character Jitsi domain is a 400 naming the domain, and nothing is stored', async () => {
    const saved = await api(fx.toolUrl, admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: `${'a'.repeat(296)}.edu`, appId: 'rooms', appSecret: '0123456789abcdef01' });
    expect(saved).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED', fields: [{ path: 'domain' }] } } });
    expect(await fx.countRows('jitsi_deployments')).toBe(0);
    expect(await fx.countRows('audit_log')).toBe(0);
  });
});

type Claims = Record<string, unknown>;
const CONTEXT = 'https://purl.imsglobal.org/spec/lti/claim/context';
const RESOURCE_LINK = 'https://purl.imsglobal.org/spec/lti/claim/resource_link';

/** A real login answered by an id_token the dev LMS signs after the test changed its claims. */
async function launchWith(userId: string, mutate: (claims: Claims) => void) {
  const browser = new BrowserClient();
  const step = await beginLogin(browser, fx.lms, userId);
  const claims = fx.lms.buildIdTokenClaims(userId, step.nonce);
  mutate(claims);
  return browser.request(`${fx.toolUrl}/lti/launch`, { form: { id_token: await fx.lms.signIdToken(claims), state: step.state } });
}

describe('launch claims longer than their columns', () => {
  it('names and titles are cut to fit, an over-long e-mail is dropped: the launch goes through', async () => {
    const result = await launchWith('student05', (c) => {
      c.name = `${'N'.repeat(299)}😀`;
      c.email = `${'e'.repeat(330)}@example.edu`;
      c[CONTEXT] = { id: 'course-with-long-title', title: 'T'.repeat(600), label: 'L'.repeat(300) };
    });
    expect(result.status).toBe(302);
    const [user] = await fx.tool.db.select<{ name: string; email: string | null }>("SELECT name, email FROM users WHERE lti_sub = 'student05'");
    expect(user).toEqual({ name: 'N'.repeat(255), email: null });
    const [channel] = await fx.tool.db.select<{ title: string; label: string }>("SELECT title, label FROM channels WHERE context_id = 'course-with-long-title'");
    expect(channel).toEqual({ title: 'T'.repeat(500), label: 'L'.repeat(255) });
  });

  it.each([
    ['the user id', (c: Claims) => { c.sub = 'u'.repeat(256); }, 'sub'],
    ['the course id', (c: Claims) => { c[CONTEXT] = { id: 'c'.repeat(256), title: 'Course' }; }, `${CONTEXT}.id`],
    ['the resource link id', (c: Claims) => { c[RESOURCE_LINK] = { id: 'r'.repeat(300) }; }, `${RESOURCE_LINK}.id`],
  ])('an over-long identifier (%s) is refused with a launch error page naming the claim, storing nothing', async (_label, mutate, claim) => {
    const before = await Promise.all(['users', 'channels', 'launches', 'lti_nonces'].map((t) => fx.countRows(t)));
    const result = await launchWith('student06', mutate);
    expect(result.status).toBe(400);
    const error = launchErrorOf(result.body);
    expect(error.code).toBe('CLAIM_TOO_LONG');
    expect(result.body).toContain(claim);
    expect(await Promise.all(['users', 'channels', 'launches', 'lti_nonces'].map((t) => fx.countRows(t)))).toEqual(before);
  });
});
