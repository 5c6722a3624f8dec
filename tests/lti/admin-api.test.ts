import { startDevLms } from '@lti-rooms/dev-lms';
import {
  api, freePort, launch, Launched, RecordingServer, selfSignedLocalhost, startRecordingServer, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

const SECRET = 'app-secret-that-must-never-leak-0123456789';
const logLines: string[] = [];
const responses: string[] = [];
let fx: ToolFixture;
let admin: Launched;
let instructor: Launched;
let student: Launched;
let channelId: string;
/** A second LMS (another account) started later: the tool may fetch from it, as the operator allowed. */
let otherLmsPort: number;

const call = async (who: Launched, method: string, path: string, body?: unknown) => {
  const result = await api(fx.toolUrl, who, method, path, body);
  responses.push(JSON.stringify(result.json));
  return result;
};
const auditCount = () => fx.countRows('audit_log');

/** Jitsi servers the "Test connection" may reach (https, allow-listed), and one it must never reach. */
let fakeJitsi: RecordingServer;
let notJitsi: RecordingServer;
let internalJitsi: RecordingServer;
let closedJitsiPort: number;

beforeAll(async () => {
  otherLmsPort = await freePort();
  closedJitsiPort = await freePort();
  const tls = selfSignedLocalhost();
  fakeJitsi = await startRecordingServer((request, res) => {
    if (request.url === '/external_api.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.JitsiMeetExternalAPI = function () {};');
    else res.writeHead(404).end();
  }, { tls });
  notJitsi = await startRecordingServer((_request, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end(`${SECRET} upstream exploded`), { tls });
  internalJitsi = await startRecordingServer((_request, res) => res.end('window.JitsiMeetExternalAPI = 1;'), { tls });
  fx = await startToolWithLms({
    logLines,
    outboundCa: tls.cert,
    // Jitsi domains must be host names (no localhost, no address): these names point at the loopback servers.
    outboundHosts: Object.fromEntries(['meet', 'other', 'down', 'internal'].map((name) => [`${name}.jitsi.test`, '127.0.0.1'])),
    allowedHosts: [`127.0.0.1:${otherLmsPort}`, `meet.jitsi.test:${fakeJitsi.port}`, `other.jitsi.test:${notJitsi.port}`, `down.jitsi.test:${closedJitsiPort}`],
  });
  [admin, instructor, student] = await Promise.all(['admin', 'instructor', 'student01'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  channelId = instructor.landingPath.split('/').pop()!;
});
afterAll(async () => {
  await fx?.close();
  await Promise.all([fakeJitsi, notJitsi, internalJitsi].map((server) => server?.close()));
});

const ENDPOINTS: Array<[string, string, unknown?]> = [
  ['GET', '/api/admin/platforms'], ['POST', '/api/admin/platforms/x/activate'], ['POST', '/api/admin/platforms/x/deactivate'],
  ['GET', '/api/admin/settings'], ['PUT', '/api/admin/settings', {}], ['GET', '/api/admin/templates'], ['POST', '/api/admin/templates', {}],
  ['PUT', '/api/admin/templates/x', {}], ['POST', '/api/admin/templates/x/retire'], ['POST', '/api/admin/templates/x/reinstate'],
  ['GET', '/api/admin/role-mapping'], ['PUT', '/api/admin/role-mapping', {}], ['GET', '/api/admin/jitsi'], ['PUT', '/api/admin/jitsi', {}],
  ['POST', '/api/admin/jitsi/test'], ['GET', '/api/admin/audit'], ['GET', '/api/admin/launches'],
];

describe('who administers', () => {
  it('tells the web app who is an administrator', async () => {
    expect((await call(admin, 'GET', '/api/me')).json.isAdministrator).toBe(true);
    expect((await call(instructor, 'GET', '/api/me')).json.isAdministrator).toBe(false);
  });

  // Every row has three cells: a two-argument row would make jest pass `done` as the body.
  it.each(ENDPOINTS.map(([method, path, body]) => [method, path, body ?? undefined] as const))('refuses %s %s to an instructor and a student with 403, writing nothing', async (method, path, body) => {
    const before = await auditCount();
    expect((await call(instructor, method, path, body)).status).toBe(403);
    expect((await call(student, method, path, body)).status).toBe(403);
    expect(await auditCount()).toBe(before);
  });
});

describe('account settings', () => {
  it('switches the account to a single mode; the create form then shows it fixed; the change is audited', async () => {
    const current = (await call(admin, 'GET', '/api/admin/settings')).json;
    expect(current).toMatchObject({ enabledModes: ['interactive', 'panel'], caps: { interactiveCameraOn: 25, panelStage: 10 }, licence: { interactiveCameraOn: 50 } });
    const { licence: _licence, ...body } = current;
    const saved = await call(admin, 'PUT', '/api/admin/settings', { ...body, enabledModes: ['panel'], defaultMode: 'panel' });
    expect(saved.json.enabledModes).toEqual(['panel']);
    expect((await call(instructor, 'GET', `/api/rooms/form-options?channelId=${channelId}`)).json).toMatchObject({ singleMode: true, modeChoices: [{ mode: 'panel', templateName: null }] });
    const [entry] = (await call(admin, 'GET', '/api/admin/audit')).json.entries;
    expect(entry).toMatchObject({ action: 'settings.update', actorName: 'Grace Admin', changes: { enabledModes: { from: ['interactive', 'panel'], to: ['panel'] } } });
    await call(admin, 'PUT', '/api/admin/settings', body);
  });

  it.each([
    ['a default mode that is not enabled', { enabledModes: ['panel'], defaultMode: 'interactive' }, 'defaultMode'],
    ['a camera cap above the licence', { caps: { interactiveTotal: 100, interactiveCameraOn: 80, panelTotal: 300, panelStage: 10 } }, 'caps.interactiveCameraOn'],
    ['a host-absence timeout of zero', { hostAbsenceTimeoutMinutes: 0 }, 'hostAbsenceTimeoutMinutes'],
    ['no mode at all', { enabledModes: [] }, 'enabledModes'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_label, change, field) => {
    const { licence: _licence, ...body } = (await call(admin, 'GET', '/api/admin/settings')).json;
    const before = await auditCount();
    const refused = await call(admin, 'PUT', '/api/admin/settings', { ...body, ...change });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect(await auditCount()).toBe(before);
    expect((await call(admin, 'GET', '/api/admin/settings')).json).toMatchObject(body);
  });
});

describe('custom templates', () => {
  const features = { chat: true, privateChat: false, screenSharing: true, raiseHand: true, reactions: true, polls: false, breakoutRooms: false, recording: false, lobby: true, stageAccessDefault: 'request', cameraOnCap: 8, totalCap: 200 };

  it('creates a template the instructor can choose; retiring it keeps it on existing rooms', async () => {
    const created = await call(admin, 'POST', '/api/admin/templates', { name: 'Town hall', baseMode: 'panel', features });
    expect(created.status).toBe(201);
    const template = created.json.templates.find((t: { name: string }) => t.name === 'Town hall');
    const options = (await call(instructor, 'GET', `/api/rooms/form-options?channelId=${channelId}`)).json;
    expect(options.modeChoices.map((c: { templateName: string | null }) => c.templateName)).toContain('Town hall');
    const room = await call(instructor, 'POST', '/api/rooms', { name: 'Town hall Q&A', modeChoice: { kind: 'template', templateId: template.id }, availability: { kind: 'always' }, channelId });
    expect(room.json).toMatchObject({ templateName: 'Town hall', modeRetired: false });

    const retired = await call(admin, 'POST', `/api/admin/templates/${template.id}/retire`);
    expect(retired.json.templates.find((t: { id: string }) => t.id === template.id)).toMatchObject({ roomCount: 1, retiredAt: expect.any(String) });
    const after = (await call(instructor, 'GET', `/api/rooms/form-options?channelId=${channelId}`)).json;
    expect(after.modeChoices.map((c: { templateName: string | null }) => c.templateName)).not.toContain('Town hall');
    expect((await call(instructor, 'GET', `/api/rooms/${room.json.id}`)).json).toMatchObject({ templateName: 'Town hall', modeRetired: true });
    expect((await call(instructor, 'PATCH', `/api/rooms/${room.json.id}`, { name: 'Still works' })).status).toBe(200);
  });

  it.each([
    ['without a name', { name: ' ' }, 'name'],
    ['over the licence', { features: { ...features, totalCap: 5000 } }, 'features.totalCap'],
    ['with more cameras than seats', { features: { ...features, cameraOnCap: 9, totalCap: 5 } }, 'features.cameraOnCap'],
  ])('refuses a template %s, writing nothing', async (_label, change, field) => {
    const before = { templates: await fx.countRows('room_templates'), audit: await auditCount() };
    const refused = await call(admin, 'POST', '/api/admin/templates', { name: 'Broken', baseMode: 'panel', features, ...change });
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect({ templates: await fx.countRows('room_templates'), audit: await auditCount() }).toEqual(before);
  });
});

describe('role mapping', () => {
  it('maps a custom role to moderator from the next launch on', async () => {
    const tutor = 'http://example.edu/roles#Tutor';
    const before = await launch(fx.toolUrl, fx.lms, 'student09', { roles: [tutor] });
    expect((await call(before, 'GET', '/api/me')).json.role).toBe('participant');
    const saved = await call(admin, 'PUT', '/api/admin/role-mapping', { overrides: [{ ltiRole: tutor, channelRole: 'moderator' }] });
    expect(saved.json.overrides).toEqual([{ ltiRole: tutor, channelRole: 'moderator' }]);
    const after = await launch(fx.toolUrl, fx.lms, 'student09', { roles: [tutor] });
    expect((await call(after, 'GET', '/api/me')).json.role).toBe('moderator');
  });

  it('refuses a role mapped twice or to an unknown channel role', async () => {
    expect((await call(admin, 'PUT', '/api/admin/role-mapping', { overrides: [{ ltiRole: 'Mentor', channelRole: 'boss' }] })).status).toBe(400);
    const twice = await call(admin, 'PUT', '/api/admin/role-mapping', { overrides: [{ ltiRole: 'Mentor', channelRole: 'moderator' }, { ltiRole: 'Mentor', channelRole: 'manager' }] });
    expect(twice.json.error.fields).toEqual([{ path: 'overrides.1.ltiRole', code: 'ROLE_MAPPED_TWICE' }]);
  });
});

describe('Jitsi deployment', () => {
  const jitsiDomain = () => `meet.jitsi.test:${fakeJitsi.port}`;
  const testConnection = async (domain: string) => {
    expect((await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain, appId: 'rooms', appSecret: SECRET })).status).toBe(200);
    return (await call(admin, 'POST', '/api/admin/jitsi/test')).json;
  };

  it('starts on public Jitsi with a visible warning', async () => {
    expect((await call(admin, 'GET', '/api/admin/jitsi')).json).toMatchObject({ kind: 'none', domain: 'meet.jit.si', publicTrial: true });
  });

  it('stores a self-hosted deployment with a write-only secret and tests the connection over https', async () => {
    expect((await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: jitsiDomain(), appId: 'rooms' })).status).toBe(400);
    const saved = await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: jitsiDomain(), appId: 'rooms', appSecret: SECRET });
    expect(saved.json).toEqual({
      kind: 'self-hosted', domain: jitsiDomain(), credentialsFor: 'self-hosted', selfHostedDomain: jitsiDomain(), appId: 'rooms', keyId: null, secretSet: true, publicTrial: false,
    });
    const kept = await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: jitsiDomain(), appId: 'rooms-2' });
    expect(kept.json).toMatchObject({ appId: 'rooms-2', secretSet: true });
    const tested = await call(admin, 'POST', '/api/admin/jitsi/test');
    expect(tested.json).toMatchObject({ ok: true, checks: [{ name: 'external_api.js', ok: true, outcome: 'REACHABLE' }, { name: 'token', ok: true, outcome: 'TOKEN_MINTED' }] });
    expect(fakeJitsi.requests.map((r) => r.url)).toContain('/external_api.js');
    const deployment = await fx.tool.platformAdmin.deployment(fx.account.id);
    expect(deployment).toMatchObject({ kind: 'self-hosted', appSecret: SECRET });
    const [row] = await fx.tool.db.select<{ secret_ciphertext: string }>('SELECT secret_ciphertext FROM jitsi_deployments');
    expect(row.secret_ciphertext).not.toContain(SECRET);
  });

  it('going back to the trial keeps the self-hosted values until another deployment replaces them', async () => {
    expect((await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: jitsiDomain(), appId: 'rooms', appSecret: SECRET })).status).toBe(200);
    const trial = await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'none' });
    expect(trial.json).toEqual({
      kind: 'none', domain: 'meet.jit.si', credentialsFor: 'self-hosted', selfHostedDomain: jitsiDomain(), appId: 'rooms', keyId: null, secretSet: true, publicTrial: true,
    });
    // Meetings use the trial meanwhile: no token, the public domain.
    expect(await fx.tool.platformAdmin.deployment(fx.account.id)).toEqual({ kind: 'none', domain: 'meet.jit.si' });
    // Back to self-hosted without typing the secret again.
    expect((await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain: jitsiDomain(), appId: 'rooms' })).status).toBe(200);
    expect(await fx.tool.platformAdmin.deployment(fx.account.id)).toMatchObject({ kind: 'self-hosted', appSecret: SECRET });
    // The kept secret is a self-hosted one: JaaS needs its own key.
    expect((await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'none' })).status).toBe(200);
    const jaas = await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'jaas', appId: 'vpaas-magic-cookie-1', keyId: 'key-1' });
    expect(jaas).toMatchObject({ status: 400, json: { error: { code: 'VALIDATION_FAILED', fields: [{ path: 'privateKey', code: 'PRIVATE_KEY_REQUIRED' }] } } });
  });

  it('says only "not reachable" or "not a Jitsi server": no status, address or error text', async () => {
    const closed = await testConnection(`down.jitsi.test:${closedJitsiPort}`);
    expect(closed.checks[0]).toEqual({ name: 'external_api.js', ok: false, outcome: 'UNREACHABLE' });
    const other = await testConnection(`other.jitsi.test:${notJitsi.port}`);
    expect(other.checks[0]).toEqual({ name: 'external_api.js', ok: false, outcome: 'NOT_JITSI' });
    expect(notJitsi.requests.length).toBeGreaterThan(0);
    for (const check of [JSON.stringify(closed.checks[0]), JSON.stringify(other.checks[0])]) {
      expect(check).not.toMatch(/503|ECONN|refused|exploded|127\.0\.0\.1|jitsi\.test/);
    }
  });

  it('never connects to a host the operator did not allow: a name resolving to loopback is refused, addresses cannot be saved', async () => {
    const before = { internal: internalJitsi.contacts(), fake: fakeJitsi.contacts() };
    const tested = await testConnection(`internal.jitsi.test:${internalJitsi.port}`);
    expect(tested.checks[0]).toMatchObject({ ok: false, outcome: 'UNREACHABLE' });
    for (const domain of [`localhost:${internalJitsi.port}`, `127.0.0.1:${internalJitsi.port}`, `127.0.0.1:${fakeJitsi.port}`]) {
      expect((await call(admin, 'PUT', '/api/admin/jitsi', { kind: 'self-hosted', domain, appId: 'rooms', appSecret: SECRET })).status).toBe(400);
    }
    expect({ internal: internalJitsi.contacts(), fake: fakeJitsi.contacts() }).toEqual(before);
  });
});

describe('platform registry', () => {
  it('shows the registration and audits activation of a pending one from the same LMS', async () => {
    const registry = (await call(admin, 'GET', '/api/admin/platforms')).json;
    expect(registry.current).toMatchObject({ id: fx.account.id, issuer: fx.lms.issuer, active: true, registrationMethod: 'dynamic', deploymentIds: fx.account.deploymentIds });
    const pending = await fx.tool.registration.register({ ...fx.account, clientId: 'second-client', deploymentIds: ['d2'] }, 'dynamic', false);
    expect((await call(admin, 'GET', '/api/admin/platforms')).json.pending.map((p: { id: string }) => p.id)).toEqual([pending.id]);
    const activated = await call(admin, 'POST', `/api/admin/platforms/${pending.id}/activate`);
    expect(activated.json.pending).toEqual([]);
    expect((await fx.tool.accounts.findById(pending.id))!.active).toBe(true);
    expect((await call(admin, 'GET', '/api/admin/audit')).json.entries[0]).toMatchObject({ action: 'platform.activate', target: pending.id });
    expect((await call(admin, 'POST', `/api/admin/platforms/${fx.account.id}/deactivate`)).status).toBe(403);
    expect((await call(admin, 'POST', '/api/admin/platforms/00000000-0000-0000-0000-000000000000/activate')).status).toBe(404);
  });
});

describe('isolation between accounts', () => {
  it("shows another platform's administrator only their own account", async () => {
    await call(admin, 'PUT', '/api/admin/role-mapping', { overrides: [{ ltiRole: 'Mentor', channelRole: 'moderator' }] });
    const otherLms = await startDevLms({ port: otherLmsPort, toolUrl: fx.toolUrl, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
    try {
      const registration = await otherLms.register();
      await fx.tool.registration.setActive((await fx.tool.accounts.findByIssuerAndClient(otherLms.issuer, registration.clientId))!, true);
      const outsider = await launch(fx.toolUrl, otherLms, 'admin');
      expect((await call(outsider, 'GET', '/api/admin/platforms')).json.current.issuer).toBe(otherLms.issuer);
      expect((await call(outsider, 'GET', '/api/admin/role-mapping')).json.overrides).toEqual([]);
      expect((await call(outsider, 'GET', '/api/admin/audit')).json.entries).toEqual([]);
      expect((await call(outsider, 'GET', '/api/admin/templates')).json.templates).toEqual([]);
      expect((await call(outsider, 'GET', '/api/admin/jitsi')).json).toMatchObject({ kind: 'none', secretSet: false });
      expect((await call(outsider, 'POST', `/api/admin/platforms/${fx.account.id}/activate`)).status).toBe(404);
      await call(outsider, 'PUT', '/api/admin/role-mapping', { overrides: [{ ltiRole: 'Learner', channelRole: 'manager' }] });
      expect((await call(admin, 'GET', '/api/admin/role-mapping')).json.overrides).toEqual([{ ltiRole: 'Mentor', channelRole: 'moderator' }]);
    } finally {
      await otherLms.close();
    }
  });
});

describe('secrets', () => {
  it('never appear in an API response or a log line', () => {
    expect(responses.length).toBeGreaterThan(20);
    expect(logLines.length).toBeGreaterThan(20);
    expect(responses.filter((r) => r.includes(SECRET))).toEqual([]);
    expect(logLines.filter((l) => l.includes(SECRET))).toEqual([]);
  });
});
