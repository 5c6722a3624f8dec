import request from 'supertest';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { LIS } from './lis';
import { authRequestPath, parseAutoSubmitForm, startFixture, type Fixture } from './testing/dev-lms-fixture';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim';

describe('login initiation and the OIDC authorization endpoint', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.close());

  async function launch(loginUrl: string): Promise<{ payload: JWTPayload; header: Record<string, unknown>; nonce: string; action: string; state: string }> {
    const { lms } = fixture;
    const { path, nonce } = authRequestPath(loginUrl);
    const response = await request(lms.url).get(path).expect(200).expect('Content-Type', /html/);
    expect(response.text).toContain('<script>document.forms[0].submit()</script>');
    expect(response.text).toMatch(/<button type="submit">/);
    const { action, fields } = parseAutoSubmitForm(response.text);
    const verified = await jwtVerify(fields.id_token, createRemoteJWKSet(new URL(`${lms.url}/jwks`)), {
      issuer: lms.issuer,
      audience: lms.registration()!.clientId,
      algorithms: ['RS256'],
    });
    return { payload: verified.payload, header: verified.protectedHeader as Record<string, unknown>, nonce, action, state: fields.state };
  }

  it('builds a login initiation URL with the LTI 1.3 parameters', () => {
    const { lms, tool } = fixture;
    const url = new URL(lms.loginInitiationUrl('instructor'));
    const registration = lms.registration()!;
    expect(`${url.origin}${url.pathname}`).toBe(`${tool.url}/lti/login`);
    expect(url.searchParams.get('iss')).toBe(lms.issuer);
    expect(url.searchParams.get('login_hint')).toBe('instructor');
    expect(url.searchParams.get('target_link_uri')).toBe(`${tool.url}/lti/launch`);
    expect(url.searchParams.get('client_id')).toBe(registration.clientId);
    expect(url.searchParams.get('lti_deployment_id')).toBe(registration.deploymentId);
    expect(url.searchParams.get('lti_message_hint')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('posts a verifiable id_token with the LTI claims and the nonce to the redirect_uri', async () => {
    const { lms, tool } = fixture;
    const registration = lms.registration()!;
    const { payload, header, nonce, action, state } = await launch(lms.loginInitiationUrl('ta'));

    expect(action).toBe(`${tool.url}/lti/launch`);
    expect(state).toBe('state-123');
    expect(header.kid).toEqual(expect.any(String));
    expect(payload).toMatchObject({
      iss: lms.issuer,
      aud: registration.clientId,
      azp: registration.clientId,
      sub: 'ta',
      nonce,
      name: 'Tomas Assistant',
      given_name: 'Tomas',
      family_name: 'Assistant',
      email: 'ta@dev-lms.example',
      [`${LTI}/message_type`]: 'LtiResourceLinkRequest',
      [`${LTI}/version`]: '1.3.0',
      [`${LTI}/deployment_id`]: registration.deploymentId,
      [`${LTI}/target_link_uri`]: `${tool.url}/lti/launch`,
      [`${LTI}/resource_link`]: { id: 'course-meeting-rooms', title: 'Course meeting rooms' },
      [`${LTI}/roles`]: [LIS.instructor, LIS.teachingAssistant],
      [`${LTI}/context`]: {
        id: lms.course.id,
        label: 'DEMO-101',
        title: 'Demo Course 101',
        type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'],
      },
      [`${LTI}/tool_platform`]: { product_family_code: 'lti-rooms-dev-lms', guid: expect.any(String) },
      [`${LTI}/launch_presentation`]: {
        document_target: 'iframe',
        return_url: `${lms.url}/courses/${lms.course.id}`,
        locale: 'en-US',
      },
      'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
        context_memberships_url: `${lms.url}/nrps/contexts/${lms.course.id}/memberships`,
        service_versions: ['2.0'],
      },
    });
    const lifetime = (payload.exp as number) - (payload.iat as number);
    expect(lifetime).toBe(300);
    expect(Math.abs((payload.iat as number) - Date.now() / 1000)).toBeLessThan(5);
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings']).toBeUndefined();
  });

  it('carries a role override, another course and a deep linking request through the message hint', async () => {
    const { lms, tool } = fixture;
    const loginUrl = lms.loginInitiationUrl('instructor', {
      messageType: 'LtiDeepLinkingRequest',
      courseId: 'second-course',
      roles: [LIS.contentDeveloper],
    });
    const { payload } = await launch(loginUrl);
    expect(payload[`${LTI}/message_type`]).toBe('LtiDeepLinkingRequest');
    expect(payload[`${LTI}/roles`]).toEqual([LIS.contentDeveloper]);
    expect(payload[`${LTI}/context`]).toMatchObject({ id: 'second-course' });
    expect(payload[`${LTI}/resource_link`]).toBeUndefined();
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings']).toEqual({
      deep_link_return_url: `${lms.url}/deep-linking/return`,
      accept_types: ['ltiResourceLink'],
      accept_presentation_document_targets: ['iframe', 'window'],
      accept_multiple: false,
      auto_create: true,
      data: expect.stringMatching(/^dl-/),
    });
    expect(payload[`${LTI}/target_link_uri`]).toBe(`${tool.url}/lti/launch`);
  });

  it('launches an added resource link with its custom parameters', async () => {
    const { lms, tool } = fixture;
    const link = lms.addResourceLink({ title: 'Office hours', url: `${tool.url}/lti/launch`, custom: { room_id: 'r-42' } });
    const { payload } = await launch(lms.loginInitiationUrl('student07', { resourceLinkId: link.id }));
    expect(payload[`${LTI}/resource_link`]).toEqual({ id: link.id, title: 'Office hours' });
    expect(payload[`${LTI}/custom`]).toEqual({ room_id: 'r-42' });
    expect(payload[`${LTI}/roles`]).toEqual([LIS.learner, LIS.institutionStudent]);
  });

  it('refuses a redirect_uri that is not registered, with a 400 page naming it', async () => {
    const { lms } = fixture;
    const { path } = authRequestPath(lms.loginInitiationUrl('instructor'), { redirect_uri: 'http://127.0.0.1:1/evil' });
    const response = await request(lms.url).get(path).expect(400).expect('Content-Type', /html/);
    expect(response.text).toContain('redirect_uri');
    expect(response.text).toContain('http://127.0.0.1:1/evil');
    expect(response.text).not.toContain('name="id_token"');
  });

  it.each([
    ['client_id', { client_id: 'someone-else' }, /client_id/],
    ['nonce', { nonce: '' }, /nonce/],
    ['response_type', { response_type: 'code' }, /response_type/],
    ['login_hint', { login_hint: 'mallory' }, /login_hint/],
    ['lti_message_hint', { lti_message_hint: 'not-ours' }, /lti_message_hint/],
  ])('refuses a request with a bad %s', async (_name, override, problem) => {
    const { lms } = fixture;
    const { path } = authRequestPath(lms.loginInitiationUrl('instructor'), override);
    const response = await request(lms.url).get(path).expect(400);
    expect(response.text).toMatch(problem);
  });

  it('accepts the authentication request as a form POST too', async () => {
    const { lms } = fixture;
    const { path } = authRequestPath(lms.loginInitiationUrl('observer'));
    const form = Object.fromEntries(new URLSearchParams(path.slice('/auth?'.length)));
    const response = await request(lms.url).post('/auth').type('form').send(form).expect(200);
    expect(parseAutoSubmitForm(response.text).fields.id_token.split('.')).toHaveLength(3);
  });
});
