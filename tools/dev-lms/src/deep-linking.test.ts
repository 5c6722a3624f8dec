import request from 'supertest';
import { startFixture, type Fixture } from './testing/dev-lms-fixture';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim';

describe('Deep Linking return', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.close());

  /** The `data` value of a fresh deep linking request, as the tool received it in the id_token. */
  function deepLinkingData(): string {
    const claims = fixture.lms.buildIdTokenClaims('instructor', 'n-1', { messageType: 'LtiDeepLinkingRequest' });
    return (claims[`${DL}/deep_linking_settings`] as { data: string }).data;
  }

  /** An LtiDeepLinkingResponse as the tool builds it (Deep Linking 2.0 section 4.5). */
  async function responseJwt(overrides: Record<string, unknown> = {}, options: { rogue?: boolean } = {}): Promise<string> {
    const { lms, tool } = fixture;
    const registration = lms.registration()!;
    const now = Math.floor(Date.now() / 1000);
    return tool.sign(
      {
        iss: registration.clientId,
        aud: lms.issuer,
        iat: now,
        exp: now + 300,
        nonce: 'dl-nonce',
        [`${LTI}/message_type`]: 'LtiDeepLinkingResponse',
        [`${LTI}/version`]: '1.3.0',
        [`${LTI}/deployment_id`]: registration.deploymentId,
        [`${DL}/data`]: deepLinkingData(),
        [`${DL}/content_items`]: [
          {
            type: 'ltiResourceLink',
            title: 'Weekly seminar',
            text: 'Tuesdays 10:00',
            url: `${tool.url}/lti/launch`,
            custom: { room_id: 'room-7', capacity: 25 },
          },
        ],
        ...overrides,
      },
      options,
    );
  }

  function postReturn(jwt: string) {
    return request(fixture.lms.url).post('/deep-linking/return').type('form').send({ JWT: jwt });
  }

  it('stores the returned room as a resource link and links back to the course', async () => {
    const { lms, tool } = fixture;
    const response = await postReturn(await responseJwt()).expect(200);
    expect(response.text).toContain('Added Weekly seminar to the course');
    expect(response.text).toContain(`href="/courses/${lms.course.id}"`);

    const added = lms.resourceLinks().find((link) => link.title === 'Weekly seminar');
    expect(added).toEqual({
      id: expect.any(String),
      title: 'Weekly seminar',
      text: 'Tuesdays 10:00',
      url: `${tool.url}/lti/launch`,
      custom: { room_id: 'room-7', capacity: '25' },
    });
    // The course page now offers a launch of the new link for every user.
    const page = await request(lms.url).get(`/courses/${lms.course.id}`).expect(200);
    expect(page.text).toContain('>Open Weekly seminar as Ada Instructor</a>');
    expect(page.text).toContain('>Open Weekly seminar as Sam Student</a>');
  });

  it('rejects a response signed with a key the tool does not publish', async () => {
    const before = fixture.lms.resourceLinks().length;
    const response = await postReturn(await responseJwt({}, { rogue: true })).expect(400);
    expect(response.text).toMatch(/signature/i);
    expect(fixture.lms.resourceLinks()).toHaveLength(before);
  });

  it.each([
    ['a wrong audience', { aud: 'http://127.0.0.1:9' }, /aud/],
    ['a wrong message type', { [`${LTI}/message_type`]: 'LtiResourceLinkRequest' }, /message_type/],
    ['another deployment', { [`${LTI}/deployment_id`]: 'other' }, /deployment_id/],
    ['data that the LMS never issued', { [`${DL}/data`]: 'forged' }, /data/],
    ['two items although accept_multiple is false', { [`${DL}/content_items`]: [{ type: 'ltiResourceLink' }, { type: 'ltiResourceLink' }] }, /accept_multiple/],
    ['an unsupported item type', { [`${DL}/content_items`]: [{ type: 'file', url: 'http://127.0.0.1/x' }] }, /type/],
  ])('rejects %s with a page naming the problem', async (_case, overrides, problem) => {
    const before = fixture.lms.resourceLinks().length;
    const response = await postReturn(await responseJwt(overrides)).expect(400);
    expect(response.text).toContain('The deep linking response was refused');
    expect(response.text).toMatch(problem);
    expect(fixture.lms.resourceLinks()).toHaveLength(before);
  });

  it('rejects a post without a JWT', async () => {
    const response = await request(fixture.lms.url).post('/deep-linking/return').type('form').send({}).expect(400);
    expect(response.text).toContain('JWT');
  });

  it('adds nothing when the tool returns no items, and shows its message', async () => {
    const before = fixture.lms.resourceLinks().length;
    const jwt = await responseJwt({ [`${DL}/content_items`]: [], [`${DL}/msg`]: 'The instructor cancelled' });
    const response = await postReturn(jwt).expect(200);
    expect(response.text).toContain('Nothing was added to the course');
    expect(response.text).toContain('The instructor cancelled');
    expect(fixture.lms.resourceLinks()).toHaveLength(before);
  });
});
