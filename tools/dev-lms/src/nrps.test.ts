import request from 'supertest';
import { accessToken, startFixture, type Fixture } from './testing/dev-lms-fixture';

const MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';

interface Member {
  status: string;
  user_id: string;
  name: string;
  email: string;
  roles: string[];
}

describe('Names and Role Provisioning', () => {
  let fixture: Fixture;
  let token: string;

  beforeAll(async () => {
    fixture = await startFixture();
    token = await accessToken(fixture);
  });
  afterAll(() => fixture.close());

  function membershipsPath(courseId = fixture.lms.course.id): string {
    return `/nrps/contexts/${courseId}/memberships`;
  }

  it('lists all 34 members of the course with their context roles', async () => {
    const { lms } = fixture;
    const response = await request(lms.url).get(membershipsPath()).set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.headers['content-type']).toContain(MEDIA_TYPE);
    expect(response.headers.link).toBeUndefined();
    const body = JSON.parse(response.text) as { id: string; context: unknown; members: Member[] };
    expect(body.id).toBe(`${lms.url}${membershipsPath()}`);
    expect(body.context).toEqual({ id: lms.course.id, label: 'DEMO-101', title: 'Demo Course 101' });
    expect(body.members).toHaveLength(34);
    expect(body.members.map((member) => member.user_id)).toEqual(lms.users.map((user) => user.id));
    expect(body.members.find((member) => member.user_id === 'instructor')).toEqual({
      status: 'Active',
      name: 'Ada Instructor',
      given_name: 'Ada',
      family_name: 'Instructor',
      email: 'instructor@dev-lms.example',
      user_id: 'instructor',
      // institution roles are not course roles, so NRPS leaves Faculty out
      roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
    });
  });

  it('pages with limit and a Link rel="next" header until every member was seen', async () => {
    const { lms } = fixture;
    const seen: string[] = [];
    let next: string | undefined = `${lms.url}${membershipsPath()}?limit=10`;
    let pages = 0;
    while (next) {
      const url: URL = new URL(next);
      const response = await request(lms.url).get(`${url.pathname}${url.search}`).set('Authorization', `Bearer ${token}`).expect(200);
      const members = (JSON.parse(response.text) as { members: Member[] }).members;
      expect(members.length).toBeLessThanOrEqual(10);
      seen.push(...members.map((member) => member.user_id));
      next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.link ?? '')?.[1];
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(34);
    expect(new Set(seen).size).toBe(34);
  });

  it('filters by role, by short name or full URI', async () => {
    const { lms } = fixture;
    const learners = await request(lms.url).get(`${membershipsPath()}?role=Learner`).set('Authorization', `Bearer ${token}`).expect(200);
    expect((JSON.parse(learners.text) as { members: Member[] }).members).toHaveLength(30);
    const ta = encodeURIComponent('http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant');
    const tas = await request(lms.url).get(`${membershipsPath()}?role=${ta}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect((JSON.parse(tas.text) as { members: Member[] }).members.map((member) => member.user_id)).toEqual(['ta']);
  });

  it('refuses a request without a token or with an unknown token', async () => {
    const { lms } = fixture;
    const missing = await request(lms.url).get(membershipsPath()).expect(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(missing.body.members).toBeUndefined();
    await request(lms.url).get(membershipsPath()).set('Authorization', 'Bearer invented').expect(401);
  });
});
