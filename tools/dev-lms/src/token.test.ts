import request from 'supertest';
import { CLIENT_ASSERTION_TYPE, clientAssertion, NRPS_SCOPE, startFixture, type Fixture } from './testing/dev-lms-fixture';

describe('token endpoint (client credentials with a JWT client assertion)', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.close());

  function tokenRequest(fields: Record<string, string>) {
    return request(fixture.lms.url).post('/token').type('form').send(fields);
  }

  async function validFields(assertion?: string): Promise<Record<string, string>> {
    return {
      grant_type: 'client_credentials',
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: assertion ?? (await clientAssertion(fixture)),
      scope: NRPS_SCOPE,
    };
  }

  it('issues a bearer token for a properly signed assertion', async () => {
    const response = await tokenRequest(await validFields()).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
      token_type: 'Bearer',
      expires_in: 3600,
      scope: NRPS_SCOPE,
    });
  });

  it('accepts the issuer as audience too', async () => {
    const assertion = await clientAssertion(fixture, { aud: fixture.lms.issuer });
    await tokenRequest(await validFields(assertion)).expect(200);
  });

  it('rejects an assertion signed with a key the tool does not publish', async () => {
    const assertion = await clientAssertion(fixture, {}, { rogue: true });
    const response = await tokenRequest(await validFields(assertion)).expect(401);
    expect(response.body.error).toBe('invalid_client');
    expect(response.body.error_description).toMatch(/signature/i);
  });

  it.each([
    ['another audience', { aud: 'http://127.0.0.1:9/token' }, /aud/],
    ['a subject that is not the client', { sub: 'someone-else' }, /sub/],
    ['an expired assertion', { exp: Math.floor(Date.now() / 1000) - 60 }, /exp/],
  ])('rejects %s', async (_case, overrides, problem) => {
    const response = await tokenRequest(await validFields(await clientAssertion(fixture, overrides))).expect(401);
    expect(response.body.error).toBe('invalid_client');
    expect(response.body.error_description).toMatch(problem);
  });

  it('rejects an unknown client', async () => {
    const assertion = await clientAssertion(fixture, { iss: 'stranger', sub: 'stranger' });
    const response = await tokenRequest(await validFields(assertion)).expect(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('rejects other grant types, a missing assertion and garbage', async () => {
    const fields = await validFields();
    expect((await tokenRequest({ ...fields, grant_type: 'password' }).expect(400)).body.error).toBe('unsupported_grant_type');
    expect((await tokenRequest({ ...fields, client_assertion: '' }).expect(400)).body.error).toBe('invalid_request');
    expect((await tokenRequest({ ...fields, client_assertion: 'not.a.jwt' }).expect(400)).body.error).toBe('invalid_request');
    expect((await tokenRequest({ ...fields, client_assertion_type: 'basic' }).expect(400)).body.error).toBe('invalid_request');
  });

  it('grants only scopes the tool asked for at registration', async () => {
    // The fake tool registered with the NRPS scope only; AGS is supported but not granted.
    const ags = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
    const refused = await tokenRequest({ ...(await validFields()), scope: ags }).expect(400);
    expect(refused.body.error).toBe('invalid_scope');
    const partial = await tokenRequest({ ...(await validFields()), scope: `${ags} ${NRPS_SCOPE}` }).expect(200);
    expect(partial.body.scope).toBe(NRPS_SCOPE);
  });
});
