import request from 'supertest';
import { registrationRequest } from './testing/fake-tool';
import { startFixture, type Fixture } from './testing/dev-lms-fixture';

const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';

describe('Dynamic Registration', () => {
  let fixture: Fixture;

  beforeEach(async () => {
    fixture = await startFixture({ register: false });
  });
  afterEach(() => fixture.close());

  it('registers the tool through its /lti/register and answers with client_id and deployment_id', async () => {
    const { lms, tool } = fixture;
    expect(lms.registration()).toBeNull();

    const registration = await lms.register();

    expect(registration).toEqual({
      clientId: expect.any(String),
      deploymentId: expect.any(String),
      toolJwksUri: `${tool.url}/lti/keys`,
      redirectUris: [`${tool.url}/lti/launch`],
      initiateLoginUri: `${tool.url}/lti/login`,
      targetLinkUri: `${tool.url}/lti/launch`,
      toolName: 'Fake Rooms Tool',
    });
    expect(lms.registration()).toEqual(registration);
    // The response echoes the request, as Canvas and Moodle do, plus the two ids.
    expect(tool.registrationResponse).toMatchObject({
      client_name: 'Fake Rooms Tool',
      jwks_uri: `${tool.url}/lti/keys`,
      client_id: registration.clientId,
      [TOOL_CONFIGURATION]: { deployment_id: registration.deploymentId, target_link_uri: `${tool.url}/lti/launch` },
    });
  });

  it('refuses POST /register without a registration token it issued', async () => {
    const { lms, tool } = fixture;
    await request(lms.url).post('/register').send(registrationRequest(tool.url)).expect(401);
    const response = await request(lms.url)
      .post('/register')
      .set('Authorization', 'Bearer made-up-token')
      .send(registrationRequest(tool.url))
      .expect(401);
    expect(response.body.error).toBe('invalid_token');
    expect(lms.registration()).toBeNull();
  });

  it('accepts a registration token only once', async () => {
    const { lms, tool } = fixture;
    tool.registrationBehaviour = 'register-twice';
    const registration = await lms.register();
    expect(tool.platformAnswers.map((answer) => answer.status)).toEqual([200, 401]);
    expect(tool.platformAnswers[1].body.error).toBe('invalid_token');
    // The replay changed nothing.
    expect(lms.registration()).toEqual(registration);
  });

  it('explains which fields are missing from a registration request', async () => {
    const { lms, tool } = fixture;
    tool.registrationBehaviour = 'register-invalid';
    await expect(lms.register()).rejects.toThrow(/the tool answered 500/);
    expect(tool.platformAnswers).toHaveLength(1);
    const [answer] = tool.platformAnswers;
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_client_metadata');
    expect(answer.body.error_description).toMatch(/jwks_uri/);
    expect(answer.body.error_description).toMatch(/lti-tool-configuration/);
    expect(lms.registration()).toBeNull();
  });

  it('fails when the tool answers 200 but never calls POST /register', async () => {
    const { lms, tool } = fixture;
    tool.registrationBehaviour = 'answer-without-registering';
    await expect(lms.register()).rejects.toThrow(/answered 200 but never completed POST \/register/);
    expect(lms.registration()).toBeNull();
  });

  it('reports the status and body when the tool refuses to register', async () => {
    const { lms, tool } = fixture;
    tool.registrationBehaviour = 'fail';
    await expect(lms.register()).rejects.toThrow(/503: Tool database is not ready/);
    expect(lms.registration()).toBeNull();
    expect(() => lms.loginInitiationUrl('instructor')).toThrow(/not registered.*503/);
  });

  it('registers from the home page button and redirects back to the course', async () => {
    const { lms } = fixture;
    const before = await request(lms.url).get('/').expect(200);
    expect(before.text).toContain('>Register with tool</button>');

    const response = await request(lms.url)
      .post('/admin/register')
      .type('form')
      .send({ course_id: lms.course.id })
      .expect(303);
    expect(response.headers.location).toBe(`/courses/${lms.course.id}`);
    const registration = lms.registration();
    expect(registration).not.toBeNull();
    const after = await request(lms.url).get(response.headers.location).expect(200);
    expect(after.text).toContain(registration!.clientId);
    expect(after.text).toContain(registration!.deploymentId);
  });

  it('shows the failure on a 502 page when the tool cannot be reached', async () => {
    const { lms, tool } = fixture;
    await tool.close();
    const response = await request(lms.url).post('/admin/register').type('form').send({}).expect(502);
    expect(response.text).toMatch(/could not reach/);
  });
});
