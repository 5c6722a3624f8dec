import request from 'supertest';
import { CLAIM } from './lti-vocabulary';
import { accessToken, startFixture, type Fixture } from './testing/dev-lms-fixture';

const AGS = 'https://purl.imsglobal.org/spec/lti-ags/scope';
const LINE_ITEM = 'application/vnd.ims.lis.v2.lineitem+json';
const CONTAINER = 'application/vnd.ims.lis.v2.lineitemcontainer+json';
const SCORE = 'application/vnd.ims.lis.v1.score+json';
const RESULTS = 'application/vnd.ims.lis.v2.resultcontainer+json';
const ALL = [`${AGS}/lineitem`, `${AGS}/lineitem.readonly`, `${AGS}/result.readonly`, `${AGS}/score`];

/** Assignment and Grade Services 2.0 as the Dev LMS serves it: line items, scores, results, scope checks. */
describe('Assignment and Grade Services', () => {
  let fixture: Fixture;
  let token: string;
  const tokens: Record<string, string> = {};
  const path = (url: string) => new URL(url).pathname + new URL(url).search;
  const container = () => `/ags/contexts/${fixture.lms.course.id}/lineitems`;
  const score = (userId: string, timestamp: string, scoreGiven = 7) => ({
    userId, scoreGiven, scoreMaximum: 10, comment: 'Attendance', timestamp, activityProgress: 'Completed', gradingProgress: 'FullyGraded',
  });
  const create = async (body: Record<string, unknown> = { label: 'Seminar', scoreMaximum: 10, resourceId: 'room-1', tag: 'lti-rooms-attendance' }) =>
    (await request(fixture.lms.url).post(container()).set('Authorization', `Bearer ${token}`).set('Content-Type', LINE_ITEM).send(JSON.stringify(body)).expect(201)).body as { id: string };

  beforeAll(async () => {
    fixture = await startFixture({ scope: ALL.join(' ') });
    token = await accessToken(fixture, ALL.join(' '));
    for (const scope of ALL) tokens[scope] = await accessToken(fixture, scope);
  });
  afterAll(() => fixture.close());

  it('launches carry the AGS claim with the line items container and the granted scopes; a launch may carry fewer or none', () => {
    const claim = fixture.lms.buildIdTokenClaims('student01', 'n')[CLAIM.ags];
    expect(claim).toEqual({ scope: ALL, lineitems: `${fixture.lms.url}${container()}` });
    expect(fixture.lms.buildIdTokenClaims('student01', 'n', { agsScopes: [`${AGS}/score`] })[CLAIM.ags]).toMatchObject({ scope: [`${AGS}/score`] });
    expect(fixture.lms.buildIdTokenClaims('student01', 'n', { agsScopes: null })[CLAIM.ags]).toBeUndefined();
  });

  it('creates a line item (201, its URL as id) and lists it, filtered by resource_id and tag', async () => {
    const item = await create();
    expect(item.id).toMatch(new RegExp(`^${fixture.lms.url}${container()}/\\d+$`));
    await create({ label: 'Other', scoreMaximum: 5, resourceId: 'room-2', tag: 'other' });
    const listed = await request(fixture.lms.url).get(`${container()}?resource_id=room-1&tag=lti-rooms-attendance`).set('Authorization', `Bearer ${tokens[`${AGS}/lineitem.readonly`]}`).expect(200);
    expect(listed.headers['content-type']).toContain(CONTAINER);
    expect(JSON.parse(listed.text)).toEqual([{ id: item.id, label: 'Seminar', scoreMaximum: 10, resourceId: 'room-1', tag: 'lti-rooms-attendance' }]);
    const one = await request(fixture.lms.url).get(path(item.id)).set('Authorization', `Bearer ${token}`).expect(200);
    expect(one.headers['content-type']).toContain(LINE_ITEM);
  });

  it('refuses a line item without a label or a positive maximum, naming the field', async () => {
    const answer = await request(fixture.lms.url).post(container()).set('Authorization', `Bearer ${token}`).set('Content-Type', LINE_ITEM).send(JSON.stringify({ label: '', scoreMaximum: 0 })).expect(400);
    expect(answer.body.error_description).toMatch(/label.*scoreMaximum|scoreMaximum.*label/s);
  });

  it('takes a score as score+json only, keeps the newest by timestamp, and serves it as a result', async () => {
    const item = await create();
    const post = (body: unknown, type = SCORE, bearer = token) => request(fixture.lms.url).post(`${path(item.id)}/scores`).set('Authorization', `Bearer ${bearer}`).set('Content-Type', type).send(JSON.stringify(body));
    await post(score('student01', '2026-12-04T10:00:00.000Z'), 'application/json').expect(415);
    await post(score('student01', '2026-12-04T10:00:00.000Z')).expect(204);
    await post(score('student01', '2026-12-04T09:00:00.000Z', 2)).expect(204);
    await post({ ...score('student01', '2026-12-04T11:00:00Z'), activityProgress: 'Done' }).expect(400);
    await post(score('nobody', '2026-12-04T11:00:00Z')).expect(400);
    const results = await request(fixture.lms.url).get(`${path(item.id)}/results?user_id=student01`).set('Authorization', `Bearer ${tokens[`${AGS}/result.readonly`]}`).expect(200);
    expect(results.headers['content-type']).toContain(RESULTS);
    expect(JSON.parse(results.text)).toEqual([{ id: expect.stringContaining(`${item.id}/results/`), scoreOf: item.id, userId: 'student01', resultScore: 7, resultMaximum: 10, comment: 'Attendance' }]);
    expect(fixture.lms.gradebook(fixture.lms.course.id).lineItems.find((i) => i.id === item.id)!.scoreHistory).toHaveLength(2);
  });

  it('checks the token and its scope: 401 without one, 403 without the scope the call needs', async () => {
    const item = await create();
    await request(fixture.lms.url).get(container()).expect(401);
    await request(fixture.lms.url).get(container()).set('Authorization', 'Bearer nonsense').expect(401);
    await request(fixture.lms.url).post(container()).set('Authorization', `Bearer ${tokens[`${AGS}/lineitem.readonly`]}`).set('Content-Type', LINE_ITEM).send('{"label":"x","scoreMaximum":1}').expect(403);
    await request(fixture.lms.url).post(`${path(item.id)}/scores`).set('Authorization', `Bearer ${tokens[`${AGS}/lineitem`]}`).set('Content-Type', SCORE).send(JSON.stringify(score('student01', '2026-12-04T10:00:00Z'))).expect(403);
    await request(fixture.lms.url).get(`${path(item.id)}/results`).set('Authorization', `Bearer ${tokens[`${AGS}/score`]}`).expect(403);
  });

  it('a deleted line item answers 404 to its scores; the test hook fails the next score posts', async () => {
    const item = await create();
    const post = () => request(fixture.lms.url).post(`${path(item.id)}/scores`).set('Authorization', `Bearer ${token}`).set('Content-Type', SCORE).send(JSON.stringify(score('student02', new Date().toISOString())));
    fixture.lms.failNextScorePosts(503, 2);
    await post().expect(503);
    await post().expect(503);
    await post().expect(204);
    await request(fixture.lms.url).delete(path(item.id)).set('Authorization', `Bearer ${token}`).expect(204);
    await post().expect(404);
  });

  it('shows the gradebook page: learners × line items with score and comment', async () => {
    const item = await create({ label: 'Gradebook check', scoreMaximum: 10 });
    await request(fixture.lms.url).post(`${path(item.id)}/scores`).set('Authorization', `Bearer ${token}`).set('Content-Type', SCORE).send(JSON.stringify(score('student03', new Date().toISOString(), 8.5))).expect(204);
    const page = await request(fixture.lms.url).get(`/courses/${fixture.lms.course.id}/gradebook`).expect(200);
    expect(page.text).toMatch(/<td data-user="student03" data-line-item="Gradebook check" data-score="8.5"><strong>8.5<\/strong> \/ 10<br><small>Attendance<\/small><\/td>/);
  });
});
