import request from 'supertest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { startFixture, type Fixture } from './testing/dev-lms-fixture';

describe('platform configuration and keys', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startFixture({ register: false });
  });
  afterAll(() => fixture.close());

  it('publishes the Dynamic Registration platform configuration', async () => {
    const { lms } = fixture;
    const response = await request(lms.url).get('/.well-known/openid-configuration').expect(200);
    expect(response.body).toMatchObject({
      issuer: lms.issuer,
      authorization_endpoint: `${lms.issuer}/auth`,
      token_endpoint: `${lms.issuer}/token`,
      jwks_uri: `${lms.issuer}/jwks`,
      registration_endpoint: `${lms.issuer}/register`,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS256'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['id_token'],
      subject_types_supported: ['public', 'pairwise'],
      'https://purl.imsglobal.org/spec/lti-platform-configuration': {
        product_family_code: 'lti-rooms-dev-lms',
        version: '1.0',
        messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
      },
    });
    expect(response.body.scopes_supported).toEqual(
      expect.arrayContaining([
        'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
        'https://purl.imsglobal.org/spec/lti-ags/scope/score',
      ]),
    );
    expect(response.body.claims_supported).toEqual(expect.arrayContaining(['sub', 'name', 'email']));
  });

  it('publishes a public RSA key with a kid, and signs with the matching private key', async () => {
    const { lms } = fixture;
    const jwks = (await request(lms.url).get('/jwks').expect(200)).body;
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(typeof key.kid).toBe('string');
    expect(key.d).toBeUndefined(); // never the private part
    expect(Buffer.from(key.n, 'base64url').length).toBe(256); // RSA 2048

    const token = await lms.signIdToken({ iss: lms.issuer, purpose: 'test' });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks));
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: key.kid });
    expect(payload.purpose).toBe('test');

    const rogue = await lms.signIdToken({ iss: lms.issuer }, { rogueKey: true });
    expect(JSON.parse(Buffer.from(rogue.split('.')[0], 'base64url').toString()).kid).toBe(key.kid);
    await expect(jwtVerify(rogue, createLocalJWKSet(jwks))).rejects.toThrow(/signature/i);
  });

  it('lists the demo roster: four staff and thirty students with full LIS role URIs', () => {
    const { lms } = fixture;
    expect(lms.users).toHaveLength(34);
    expect(new Set(lms.users.map((user) => user.id)).size).toBe(34);
    expect(new Set(lms.users.map((user) => user.name)).size).toBe(34);
    const ta = lms.users.find((user) => user.id === 'ta');
    expect(ta?.roles).toEqual([
      'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
      'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
    ]);
    expect(lms.users.find((user) => user.id === 'student01')?.name).toBe('Sam Student');
    expect(lms.users.find((user) => user.id === 'student30')).toBeDefined();
    for (const user of lms.users) {
      for (const role of user.roles) expect(role).toMatch(/^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\//);
    }
  });

  it('answers unknown paths with 404', async () => {
    await request(fixture.lms.url).get('/no-such-page').expect(404);
  });
});
