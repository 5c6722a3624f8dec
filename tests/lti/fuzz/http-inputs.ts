import fc from 'fast-check';
import { findNulByte } from '@lti-rooms/domain';
import { oddHeaderValue, oddJsonValue, oddMethod, oddQuery, oddSegment, oddText, safeEncode } from './odd-values';

export interface HttpInput {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What the generated requests may name: the real account, course and room, and two signed-in browsers. */
export interface FuzzContext {
  issuer: string;
  clientId: string;
  channelId: string;
  roomId: string;
  instructor: Credentials;
  admin: Credentials;
}
export interface Credentials {
  authorization: string;
  cookie: string;
}

type Auth = 'none' | 'instructor' | 'admin';
interface Target {
  methods: string[] | 'any';
  path: string;
  auth: Auth;
  /** A valid JSON body; the fuzzer breaks one of its fields, or replaces it altogether. */
  body?: Record<string, unknown>;
  /** Form fields (the LTI endpoints); each gets an odd value, or a real one from `real`. */
  form?: string[];
  query?: string[];
}

const HUGE = 'x'.repeat(300 * 1024);
const ROOM = { name: 'Fuzzed', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } };
const FEATURES = {
  chat: true, privateChat: true, screenSharing: true, raiseHand: true, reactions: true, polls: true, breakoutRooms: false, recording: false, lobby: false,
  stageAccessDefault: 'invite-only', cameraOnCap: 10, totalCap: 50,
};
const SETTINGS = {
  enabledModes: ['interactive', 'panel'], defaultMode: 'interactive', caps: { interactiveTotal: 100, interactiveCameraOn: 25, panelTotal: 300, panelStage: 10 },
  earlyEntryMinutesDefault: 15, hostAbsenceTimeoutMinutes: 15, maxTimeFrameHours: 12,
};
const LOGIN = ['iss', 'login_hint', 'target_link_uri', 'client_id', 'lti_deployment_id', 'lti_message_hint'];

const PUBLIC: Target[] = [
  { methods: 'any', path: '/', auth: 'none' },
  { methods: 'any', path: '/{odd}', auth: 'none' },
  { methods: 'any', path: '/{odd}/{odd}', auth: 'none' },
  { methods: ['GET', 'HEAD', 'POST'], path: '/health', auth: 'none' },
  { methods: ['GET', 'POST'], path: '/ready', auth: 'none' },
  { methods: ['GET', 'POST'], path: '/metrics', auth: 'none', query: ['name[]'] },
  { methods: 'any', path: '/lti/{odd}', auth: 'none', form: ['state'] },
  { methods: 'any', path: '/lti/launch', auth: 'none', form: ['id_token', 'state'] },
  { methods: 'any', path: '/lti/launch/{odd}', auth: 'none', form: ['state'] },
  { methods: 'any', path: '/lti/login', auth: 'none', form: LOGIN, query: LOGIN },
  { methods: 'any', path: '/lti/login/{odd}', auth: 'none', form: ['state'] },
  { methods: ['GET', 'OPTIONS', 'POST'], path: '/lti/keys', auth: 'none' },
  { methods: ['GET'], path: '/lti/register', auth: 'none', query: ['openid_configuration', 'registration_token'] },
  { methods: 'any', path: '/api/{odd}', auth: 'none', body: ROOM },
  { methods: 'any', path: '/api/rooms/{odd}', auth: 'none', body: ROOM },
  { methods: ['GET'], path: '/assets/{odd}', auth: 'none' },
  { methods: ['GET', 'POST'], path: '/socket.io/', auth: 'none', query: ['EIO', 'transport', 'sid', 't'] },
];

const AUTHENTICATED: Target[] = [
  { methods: ['GET'], path: '/api/me', auth: 'instructor' },
  { methods: ['GET'], path: '/api/rooms/form-options', auth: 'instructor', query: ['channelId'] },
  { methods: ['POST'], path: '/api/rooms', auth: 'instructor', body: { ...ROOM, channelId: '{channel}' } },
  { methods: ['GET'], path: '/api/my-rooms', auth: 'instructor' },
  { methods: ['GET'], path: '/api/channels/{odd}/rooms', auth: 'instructor' },
  { methods: ['GET'], path: '/api/channels/{odd}/roster', auth: 'instructor' },
  { methods: ['GET', 'PATCH', 'DELETE'], path: '/api/rooms/{odd}', auth: 'instructor', body: { name: 'x' } },
  { methods: ['PATCH'], path: '/api/rooms/{room}', auth: 'instructor', body: { name: 'Renamed', description: '<p>d</p>', tags: ['a'], earlyEntryMinutes: 5, chat: { groupChat: true, privateChat: true, polls: true, reactions: true } } },
  { methods: ['POST'], path: '/api/rooms/{odd}/restore', auth: 'instructor' },
  { methods: ['PUT', 'DELETE'], path: '/api/rooms/{odd}/like', auth: 'instructor' },
  { methods: ['GET', 'POST'], path: '/api/rooms/{odd}/collaborators', auth: 'instructor', body: { ltiSub: 'student01', role: 'co-editor' } },
  { methods: ['POST'], path: '/api/rooms/{room}/collaborators', auth: 'instructor', body: { ltiSub: 'student01', role: 'co-editor' } },
  { methods: ['DELETE'], path: '/api/rooms/{room}/collaborators/{odd}/{odd}', auth: 'instructor' },
  { methods: ['GET'], path: '/api/rooms/{odd}/publishing', auth: 'instructor' },
  { methods: ['PUT', 'DELETE'], path: '/api/rooms/{room}/channels/{odd}', auth: 'instructor' },
  { methods: ['PUT', 'DELETE'], path: '/api/rooms/{odd}/channels/{channel}', auth: 'instructor' },
  { methods: ['GET'], path: '/api/rooms/{odd}/attendance', auth: 'instructor' },
  { methods: ['GET'], path: '/api/rooms/{room}/sessions/{odd}/attendance.csv', auth: 'instructor', query: ['zone'] },
  { methods: ['GET'], path: '/api/rooms/{room}/sessions/{odd}/attendance.xlsx', auth: 'instructor', query: ['zone'] },
  { methods: ['GET'], path: '/api/rooms/{odd}/attendance/matrix', auth: 'instructor' },
  { methods: ['GET'], path: '/api/rooms/{room}/attendance/matrix.xlsx', auth: 'instructor', query: ['zone'] },
  { methods: ['GET'], path: '/api/rooms/{odd}/attendance/mine', auth: 'instructor' },
  { methods: ['GET', 'PUT'], path: '/api/rooms/{room}/grading', auth: 'instructor', body: { enabled: true, rule: { kind: 'minimumMinutes', minutes: 30 }, aggregation: 'perSession', maxScore: 10 } },
  { methods: ['GET'], path: '/api/rooms/{odd}/grades', auth: 'instructor' },
  { methods: ['POST'], path: '/api/rooms/{room}/sessions/{odd}/grades/resend', auth: 'instructor' },
  { methods: ['POST'], path: '/api/deep-linking/response', auth: 'instructor', body: { roomId: '{room}' } },
  { methods: ['GET', 'PUT'], path: '/api/admin/settings', auth: 'admin', body: SETTINGS },
  { methods: ['POST'], path: '/api/admin/templates', auth: 'admin', body: { name: 'Fuzz template', baseMode: 'panel', features: FEATURES } },
  { methods: ['PUT'], path: '/api/admin/templates/{odd}', auth: 'admin', body: { name: 'Fuzz template', baseMode: 'panel', features: FEATURES } },
  { methods: ['POST'], path: '/api/admin/templates/{odd}/retire', auth: 'admin' },
  { methods: ['PUT'], path: '/api/admin/role-mapping', auth: 'admin', body: { overrides: [{ ltiRole: 'Mentor', channelRole: 'participant' }] } },
  { methods: ['PUT'], path: '/api/admin/jitsi', auth: 'admin', body: { kind: 'self-hosted', domain: 'meet.example.edu', appId: 'rooms', appSecret: '0123456789abcdef01' } },
  { methods: ['POST'], path: '/api/admin/platforms/{odd}/deactivate', auth: 'admin' },
  { methods: ['GET'], path: '/api/admin/{odd}', auth: 'admin' },
];

const CONTENT_TYPES = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/json; charset=x-unknown', 'text/plain', 'application/xml',
      'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded; charset=utf-7',
    ),
    weight: 3,
  },
  { arbitrary: oddHeaderValue, weight: 1 },
);
/** Mostly none; sometimes a compression the body does not have, or one nobody supports. */
const CONTENT_ENCODINGS = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 12 },
  { arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'x-unknown'), weight: 1 },
);

/** A valid body with one field broken, or with a field dropped, or any JSON, or no JSON at all. */
function jsonBody(template: Record<string, unknown>): fc.Arbitrary<string> {
  const paths = leafPaths(template);
  return fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...paths), oddJsonValue).map(([path, value]) => JSON.stringify(setAt(template, path, value))), weight: 8 },
    { arbitrary: fc.constantFrom(...paths).map((path) => JSON.stringify(setAt(template, path, undefined))), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'), weight: 1 },
    { arbitrary: oddText.map((key) => JSON.stringify({ ...template, [key]: 'extra' })), weight: 1 },
    {
      arbitrary: fc.constantFrom('{', '{"a":', '[]', 'null', '"\\u0000"', '{"__proto__":{"polluted":true}}', '{"name":"\\ud800"}', '\u0000', '', '1e99999'),
      weight: 2,
    },
    { arbitrary: fc.constant(JSON.stringify({ ...template, name: HUGE })), weight: 1 },
  );
}

function formBody(fields: string[], ctx: FuzzContext): fc.Arbitrary<string> {
  const real: Record<string, string> = { iss: ctx.issuer, client_id: ctx.clientId };
  const value = (field: string) => (real[field] ? fc.oneof(fc.constant(real[field]), oddText) : oddText);
  const pairs = fc.tuple(...fields.map((field) => fc.option(value(field).map((v) => `${field}=${safeEncode(v)}`), { nil: undefined })));
  return fc.oneof(
    { arbitrary: pairs.map((list) => list.filter(Boolean).join('&')), weight: 6 },
    { arbitrary: fc.constantFrom('state=1', '%', 'a=%E0%A4%A', 'state[a][b]=1', `state=${HUGE}`, 'id_token=eyJhbGciOiJub25lIn0.e30.'), weight: 2 },
  );
}

function pathOf(template: string, ctx: FuzzContext): fc.Arbitrary<string> {
  const parts = template.split(/(\{odd\})/).map((part) =>
    part === '{odd}' ? oddSegment : fc.constant(part.replace('{room}', ctx.roomId).replace('{channel}', ctx.channelId)),
  );
  return fc.tuple(...parts).map((list) => list.join(''));
}

function inputFor(target: Target, ctx: FuzzContext): fc.Arbitrary<HttpInput> {
  const method = target.methods === 'any' ? oddMethod : fc.constantFrom(...target.methods);
  const query = target.query ? oddQuery(target.query) : fc.constant('');
  const body = target.body
    ? jsonBody(JSON.parse(JSON.stringify(target.body).replaceAll('{room}', ctx.roomId).replaceAll('{channel}', ctx.channelId)))
    : target.form
      ? formBody(target.form, ctx)
      : fc.option(oddText, { nil: undefined });
  const contentType = target.form ? fc.oneof({ arbitrary: fc.constant('application/x-www-form-urlencoded'), weight: 6 }, { arbitrary: CONTENT_TYPES, weight: 1 }) : CONTENT_TYPES;
  const credentials = target.auth === 'none' ? undefined : ctx[target.auth];
  return fc
    .record({
      method, path: pathOf(target.path, ctx), query, body, contentType, encoding: CONTENT_ENCODINGS,
      accept: fc.constantFrom('application/json', 'application/json', 'text/html', '*/*', 'image/png'),
      extra: fc.dictionary(fc.constantFrom('x-request-id', 'origin', 'x-forwarded-for', 'range', 'if-none-match', 'cookie', 'authorization'), oddHeaderValue, { maxKeys: 2 }),
      breakCredentials: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .map((r) => {
      // One request in ten goes without its credentials (or with odd ones from `extra`).
      const headers: Record<string, string> = { accept: r.accept, ...r.extra };
      if (credentials && !r.breakCredentials) Object.assign(headers, credentials);
      const sendsBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
      if (sendsBody) headers['content-type'] = r.contentType;
      if (sendsBody && r.encoding) headers['content-encoding'] = r.encoding;
      return { method: r.method, path: `${r.path}${r.query}`, headers, body: sendsBody ? r.body : undefined };
    });
}

/** Requests anyone on the Internet can send. */
export const publicInputs = (ctx: FuzzContext) => fc.oneof(...PUBLIC.map((target) => inputFor(target, ctx)));
/** Requests of a signed-in instructor and administrator (a real launch token and session cookie). */
export const authenticatedInputs = (ctx: FuzzContext) => fc.oneof(...AUTHENTICATED.map((target) => inputFor(target, ctx)));

function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => [[...prefix, key], ...leafPaths(inner, [...prefix, key]).filter((p) => p.length > prefix.length + 1)]);
  }
  return [];
}

function setAt(template: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(template));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
  return copy;
}

/**
 * Whether the request carries a NUL byte where the tool reads it: the decoded path or
 * query, or a JSON or form body the server parses (plain UTF-8, not compressed).
 */
export function carriesNulByte(input: HttpInput): boolean {
  const mark = input.path.indexOf('?');
  const [path, query] = mark < 0 ? [input.path, ''] : [input.path.slice(0, mark), input.path.slice(mark + 1)];
  if (decoded(path).includes('\u0000') || decoded(query.replace(/\+/g, ' ')).includes('\u0000')) return true;
  if (!input.body || input.headers['content-encoding']) return false;
  const type = input.headers['content-type'];
  if (type === 'application/json') return parsesWithNul(input.body);
  if (type === 'application/x-www-form-urlencoded') return decoded(input.body.replace(/\+/g, ' ')).includes('\u0000');
  return false;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A broken escape is refused as such; what remains readable still counts.
    return text.split('&').map((part) => { try { return decodeURIComponent(part); } catch { return ''; } }).join('&');
  }
}

function parsesWithNul(body: string): boolean {
  try {
    return findNulByte(JSON.parse(body)) !== null;
  } catch {
    return false;
  }
}
