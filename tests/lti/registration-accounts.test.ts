import type { Account } from '@lti-rooms/server-app';
import {
  api, BrowserClient, fakePlatform, launch, launchErrorOf, Launched, platformConfiguration, RecordingServer, startRecordingServer,
  startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * Issuer spoofing: one LMS's registration must never take over, disable or change another
 * account. The dev LMS is the victim; "spoofer" serves whatever configuration an attacker
 * would (on localhost, allow-listed, so only the rules below can refuse it).
 */
const CANVAS = 'https://canvas.instructure.com';
const INVALID = 'The LMS configuration does not meet the LTI Dynamic Registration rules';
const ALREADY_REGISTERED = 'LTI Rooms is already registered with this LMS under this client id.';

let fx: ToolFixture;
let victim: Account;
let victimAdmin: Launched;
const servers: RecordingServer[] = [];

async function platformServer(configuration: (base: string) => Record<string, unknown>, clientId: string, deploymentId = 'deployment-1') {
  const server = await startRecordingServer(fakePlatform({ configuration, clientId: () => clientId, deploymentId }));
  servers.push(server);
  return server;
}

/** Platform servers must be allow-listed before the tool starts: their ports are known first. */
let spoofer: RecordingServer;
let canvasA: RecordingServer;
let canvasB: RecordingServer;
let canvasThief: RecordingServer;

beforeAll(async () => {
  spoofer = await startRecordingServer((request, res, self) => fakePlatform({
    // Claims the dev LMS's issuer, from another origin.
    configuration: (base) => platformConfiguration(base, { issuer: fx.lms.issuer }),
    clientId: () => 'spoofed-client',
  })(request, res, self));
  servers.push(spoofer);
  canvasA = await platformServer((base) => platformConfiguration(base, { issuer: CANVAS }), 'canvas-school-a', 'canvas-a-deployment');
  canvasB = await platformServer((base) => platformConfiguration(base, { issuer: CANVAS }), 'canvas-school-b', 'canvas-b-deployment');
  canvasThief = await platformServer((base) => platformConfiguration(base, { issuer: CANVAS }), 'canvas-school-a', 'stolen-deployment');
  fx = await startToolWithLms({
    env: { LTI_AUTO_ACTIVATE: 'true' },
    allowedHosts: servers.map((s) => `localhost:${s.port}`),
  });
  victim = fx.account;
  victimAdmin = await launch(fx.toolUrl, fx.lms, 'admin');
});
afterAll(async () => {
  await fx?.close();
  await Promise.all(servers.map((s) => s.close()));
});

const register = async (server: RecordingServer) => {
  const url = `http://localhost:${server.port}/.well-known/openid-configuration`;
  const response = await fetch(`${fx.toolUrl}/lti/register?${new URLSearchParams({ openid_configuration: url, registration_token: 't' })}`);
  return { status: response.status, body: await response.text() };
};
const login = (params: Record<string, string>) =>
  new BrowserClient().request(`${fx.toolUrl}/lti/login?${new URLSearchParams({ login_hint: 'admin', target_link_uri: `${fx.toolUrl}/lti/launch`, ...params })}`);
const account = async (id: string) => (await fx.tool.accounts.findById(id))!;

describe('the OpenID configuration (LTI Dynamic Registration 3.5.1)', () => {
  it("refuses an issuer that is not the configuration URL's origin, before registering anything", async () => {
    const before = await fx.countRows('accounts');
    const answer = await register(spoofer);
    expect(spoofer.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /.well-known/openid-configuration']);
    expect(answer.status).toBe(502);
    expect(answer.body).toContain(INVALID);
    expect(await fx.countRows('accounts')).toBe(before);
    expect(await fx.tool.accounts.listByIssuer(fx.lms.issuer)).toHaveLength(1);
  });
});

describe('a second registration for a known issuer', () => {
  let second: Account;

  it('is a separate account that waits for approval, even with auto-activation', async () => {
    const registration = await fx.lms.register();
    second = (await fx.tool.accounts.findByIssuerAndClient(fx.lms.issuer, registration.clientId))!;
    expect(second.id).not.toBe(victim.id);
    expect(second).toMatchObject({ active: false, pendingSince: expect.any(Date), deploymentIds: [registration.deploymentId] });
    expect(await account(victim.id)).toMatchObject({ active: true, deploymentIds: victim.deploymentIds, authEndpoint: victim.authEndpoint });
  });

  it("never changes how the existing account's logins resolve, with or without client_id", async () => {
    const logins: Array<Record<string, string>> = [{ iss: fx.lms.issuer }, { iss: fx.lms.issuer, client_id: victim.clientId }];
    for (const params of logins) {
      const answer = await login(params);
      expect(answer.status).toBe(302);
      expect(new URL(answer.location!).searchParams.get('client_id')).toBe(victim.clientId);
    }
    // The pending one is named by its client id only (its launch is refused once verified).
    const pending = await login({ iss: fx.lms.issuer, client_id: second.clientId });
    expect(new URL(pending.location!).searchParams.get('client_id')).toBe(second.clientId);
  });

  it("is shown to the LMS's administrator, who may approve it but not deactivate it", async () => {
    const registry = (await api(fx.toolUrl, victimAdmin, 'GET', '/api/admin/platforms')).json;
    expect(registry.pending.map((p: { id: string }) => p.id)).toEqual([second.id]);
    expect((await api(fx.toolUrl, victimAdmin, 'POST', `/api/admin/platforms/${second.id}/deactivate`)).status).toBe(403);
    const approved = await api(fx.toolUrl, victimAdmin, 'POST', `/api/admin/platforms/${second.id}/activate`);
    expect(approved.status).toBe(200);
    expect(approved.json.pending).toEqual([]);
    expect(await account(second.id)).toMatchObject({ active: true, pendingSince: null });
  });

  it('once approved, is no longer the other administrator’s to change', async () => {
    const before = await fx.countRows('audit_log');
    expect((await api(fx.toolUrl, victimAdmin, 'POST', `/api/admin/platforms/${second.id}/deactivate`)).status).toBe(404);
    expect((await api(fx.toolUrl, victimAdmin, 'POST', `/api/admin/platforms/${second.id}/activate`)).status).toBe(404);
    expect((await account(second.id)).active).toBe(true);
    expect(await fx.countRows('audit_log')).toBe(before);
  });

  it("gives its own administrator no power over the first account", async () => {
    const secondAdmin = await launch(fx.toolUrl, fx.lms, 'admin'); // the dev LMS now launches as the second registration
    expect((await api(fx.toolUrl, secondAdmin, 'GET', '/api/admin/platforms')).json.current.id).toBe(second.id);
    expect((await api(fx.toolUrl, secondAdmin, 'POST', `/api/admin/platforms/${victim.id}/deactivate`)).status).toBe(404);
    expect((await api(fx.toolUrl, secondAdmin, 'POST', `/api/admin/platforms/${victim.id}/activate`)).status).toBe(404);
    expect((await account(victim.id)).active).toBe(true);
  });

  it('makes a login without client_id ambiguous: refused with a clear page, not sent to either LMS', async () => {
    const before = await fx.countRows('lti_login_states');
    const answer = await login({ iss: fx.lms.issuer });
    expect(answer.status).toBe(403);
    expect(launchErrorOf(answer.body)).toMatchObject({ code: 'PLATFORM_AMBIGUOUS', adminHint: expect.stringContaining('client_id') });
    expect(await fx.countRows('lti_login_states')).toBe(before);
    for (const target of [victim, second]) {
      const named = await login({ iss: fx.lms.issuer, client_id: target.clientId });
      expect(new URL(named.location!).searchParams.get('client_id')).toBe(target.clientId);
    }
  });
});

describe('the login redirect', () => {
  it('refuses a target_link_uri outside the tool, writing nothing', async () => {
    const before = await fx.countRows('lti_login_states');
    for (const target of ['https://attacker.example/lti/launch', `${fx.lms.url}/lti/launch`, 'javascript:alert(1)']) {
      const answer = await login({ iss: fx.lms.issuer, client_id: victim.clientId, target_link_uri: target });
      expect(answer.status).toBe(400);
      expect(launchErrorOf(answer.body).code).toBe('TARGET_LINK_FOREIGN');
    }
    expect(await fx.countRows('lti_login_states')).toBe(before);
  });

  it("goes only to the authorization endpoint of the account the login names", async () => {
    const answer = await login({ iss: fx.lms.issuer, client_id: 'canvas-school-a' });
    expect(answer.status).toBe(403);
    expect(launchErrorOf(answer.body).code).toBe('UNKNOWN_PLATFORM');
  });
});

describe('Canvas Cloud: one issuer for every institution', () => {
  let schoolA: Account;
  let schoolB: Account;

  it('registers each institution as its own account, configuration and endpoints on its own host', async () => {
    expect((await register(canvasA)).status).toBe(200);
    expect((await register(canvasB)).status).toBe(200);
    schoolA = (await fx.tool.accounts.findByIssuerAndClient(CANVAS, 'canvas-school-a'))!;
    schoolB = (await fx.tool.accounts.findByIssuerAndClient(CANVAS, 'canvas-school-b'))!;
    expect(schoolA).toMatchObject({ active: true, authEndpoint: `http://localhost:${canvasA.port}/auth`, deploymentIds: ['canvas-a-deployment'] });
    // The issuer is known by then: the second institution waits for the operator.
    expect(schoolB).toMatchObject({ active: false, authEndpoint: `http://localhost:${canvasB.port}/auth` });
  });

  it('sends each login to the institution its client id names', async () => {
    const answer = await login({ iss: CANVAS, client_id: 'canvas-school-a' });
    expect(answer.location).toMatch(new RegExp(`^http://localhost:${canvasA.port}/auth\\?`));
    // Inactive, so its launch is refused once verified; its login still goes to its own institution.
    expect((await login({ iss: CANVAS, client_id: 'canvas-school-b' })).location).toMatch(new RegExp(`^http://localhost:${canvasB.port}/auth\\?`));
  });

  it("never lets one institution's administrator see or approve another's registration", async () => {
    const actor = { accountId: schoolA.id, userId: 'u', name: 'Canvas admin' };
    expect((await fx.tool.platformAdmin.registry(schoolA.id)).pending).toEqual([]);
    await expect(fx.tool.platformAdmin.setActive(actor, schoolB.id, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await account(schoolB.id)).active).toBe(false);
  });

  it('never adds deployments to a known account when a registration repeats its issuer and client id', async () => {
    const answer = await register(canvasThief);
    expect(answer.status).toBe(409);
    expect(answer.body).toContain(ALREADY_REGISTERED);
    expect(await account(schoolA.id)).toMatchObject({ deploymentIds: ['canvas-a-deployment'], authEndpoint: `http://localhost:${canvasA.port}/auth` });
  });
});
