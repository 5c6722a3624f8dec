import request from 'supertest';
import { decodeJwt } from 'jose';
import { findLaunchUser } from './demo-users';
import { LIS } from './lis';
import { authRequestPath, parseAutoSubmitForm, startFixture, type Fixture } from './testing/dev-lms-fixture';

describe('synthetic bench users', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.close());

  it('makes up a learner for bench-<n> and nothing else unknown', () => {
    expect(findLaunchUser('bench-42')).toMatchObject({ id: 'bench-42', name: 'Bench Learner 42', email: 'bench-42@dev-lms.example', roles: [LIS.learner, LIS.institutionStudent] });
    expect(findLaunchUser('instructor')?.name).toBe('Ada Instructor');
    expect(findLaunchUser('bench-')).toBeUndefined();
    expect(findLaunchUser('bench-1x')).toBeUndefined();
    expect(findLaunchUser('nobody')).toBeUndefined();
  });

  it('launches a synthetic user and keeps it off the roster', async () => {
    const { lms } = fixture;
    const { path } = authRequestPath(lms.loginInitiationUrl('bench-7'));
    const response = await request(lms.url).get(path).expect(200);
    const claims = decodeJwt(parseAutoSubmitForm(response.text).fields.id_token);
    expect(claims).toMatchObject({ sub: 'bench-7', name: 'Bench Learner 7', email: 'bench-7@dev-lms.example' });
    expect(lms.users.some((user) => user.id === 'bench-7')).toBe(false);
  });

  it('still refuses other unknown login hints', async () => {
    const { lms } = fixture;
    expect(() => lms.loginInitiationUrl('stranger')).toThrow(/Unknown demo user/);
    const { path } = authRequestPath(lms.loginInitiationUrl('student01'), { login_hint: 'stranger' });
    await request(lms.url).get(path).expect(400);
  });
});
