import { startDevLms } from '@lti-rooms/dev-lms';
import { api, freePort, launch, Launched, startToolWithLms, timeFrame, ToolFixture } from '@lti-rooms/test-support';

let fx: ToolFixture;
let instructor: Launched;
let ta: Launched;
let student: Launched;
let channelId: string;
/** A second LMS (another account) started later: the tool may fetch from it, as the operator allowed. */
let otherLmsPort: number;

const call = (who: Launched, method: string, path: string, body?: unknown) => api(fx.toolUrl, who, method, path, body);
const panelRoom = (overrides: Record<string, unknown> = {}) => ({
  name: 'Weekly seminar', description: '<p>Bring <strong>questions</strong></p><script>alert(1)</script>', tags: ['Week 1'],
  modeChoice: { kind: 'mode', mode: 'panel' }, availability: timeFrame(60), channelId, ...overrides,
});

beforeAll(async () => {
  otherLmsPort = await freePort();
  fx = await startToolWithLms({ allowedHosts: [`127.0.0.1:${otherLmsPort}`] });
  [instructor, ta, student] = await Promise.all(['instructor', 'ta', 'student01'].map((user) => launch(fx.toolUrl, fx.lms, user)));
  channelId = instructor.landingPath.split('/').pop()!;
});
afterAll(async () => fx?.close());

describe('creating rooms', () => {
  it('offers both modes to a manager and none of the create rights to a student', async () => {
    const forInstructor = await call(instructor, 'GET', `/api/rooms/form-options?channelId=${channelId}`);
    expect(forInstructor.json).toMatchObject({ singleMode: false, canCreateInChannel: true, earlyEntryMinutesDefault: 15, maxTimeFrameHours: 12 });
    expect(forInstructor.json.modeChoices.map((c: { mode: string }) => c.mode)).toEqual(['interactive', 'panel']);
    expect((await call(student, 'GET', `/api/rooms/form-options?channelId=${channelId}`)).json.canCreateInChannel).toBe(false);
  });

  it('tells who may create rooms at all, and where they may publish them', async () => {
    expect((await call(instructor, 'GET', '/api/me')).json.canCreateRooms).toBe(true);
    expect((await call(instructor, 'GET', '/api/rooms/form-options')).json.creatableIn).toEqual([{ id: channelId, title: expect.any(String) }]);
    for (const who of [ta, student]) {
      expect((await call(who, 'GET', '/api/me')).json.canCreateRooms).toBe(false);
      expect((await call(who, 'GET', '/api/rooms/form-options')).json.creatableIn).toEqual([]);
    }
    expect((await call(ta, 'POST', '/api/rooms', panelRoom({ channelId: null }))).json.error).toEqual({ code: 'FORBIDDEN', reason: 'CREATE_NOT_ALLOWED' });
  });

  it('creates a scheduled panel room, publishes it into the channel and sanitises the description', async () => {
    const created = await call(instructor, 'POST', '/api/rooms', panelRoom());
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'Weekly seminar', mode: 'panel', templateName: null, tags: ['week 1'], earlyEntryMinutes: 15,
      status: { kind: 'scheduled' }, channels: [{ id: channelId }], myRoles: ['owner'],
      permissions: { edit: true, delete: true, start: true, manageCollaborators: true },
    });
    expect(created.json.description).toBe('<p>Bring <strong>questions</strong></p>');
    const listed = await call(student, 'GET', `/api/channels/${channelId}/rooms`);
    expect(listed.json.rooms.map((r: { id: string }) => r.id)).toContain(created.json.id);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
    ['an end before the start', { availability: { ...timeFrame(60), end: new Date(Date.now() + 30 * 60_000).toISOString() } }, 'availability.end'],
    ['a start in the past', { availability: timeFrame(-120) }, 'availability.start'],
    ['a time frame over the maximum', { availability: timeFrame(60, 13) }, 'availability.end'],
    ['a template the account does not have', { modeChoice: { kind: 'template', templateId: 'nope' } }, 'modeChoice'],
    ['early entry over two hours', { earlyEntryMinutes: 500 }, 'earlyEntryMinutes'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_label, overrides, field) => {
    const before = await fx.countRows('rooms');
    const refused = await call(instructor, 'POST', '/api/rooms', panelRoom(overrides));
    expect(refused.status).toBe(400);
    expect(refused.json.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect(await fx.countRows('rooms')).toBe(before);
  });

  it('forbids students to create rooms, writing nothing', async () => {
    const before = await fx.countRows('rooms');
    expect((await call(student, 'POST', '/api/rooms', panelRoom())).status).toBe(403);
    expect(await fx.countRows('rooms')).toBe(before);
  });

  it('shows a single enabled mode as the only choice, and custom templates as choices', async () => {
    await fx.tool.settings.save(fx.account.id, { enabledModes: ['interactive'] });
    try {
      const single = await call(instructor, 'GET', `/api/rooms/form-options?channelId=${channelId}`);
      expect(single.json).toMatchObject({ singleMode: true, modeChoices: [{ mode: 'interactive', templateName: null }] });
      expect(single.json.modeChoices[0].limits).toEqual({ cameraOn: 25, total: 100 });
      const templateId = await fx.tool.settings.createTemplate(fx.account.id, { name: 'Office hours', baseMode: 'interactive', features: { recording: false } });
      const withTemplate = await call(instructor, 'GET', `/api/rooms/form-options?channelId=${channelId}`);
      expect(withTemplate.json.modeChoices.map((c: { templateName: string | null }) => c.templateName)).toEqual([null, 'Office hours']);
      const created = await call(instructor, 'POST', '/api/rooms', panelRoom({ modeChoice: { kind: 'template', templateId } }));
      expect(created.json).toMatchObject({ templateName: 'Office hours', mode: 'interactive' });
    } finally {
      await fx.tool.settings.save(fx.account.id, {});
    }
  });
});

describe('rights on a room', () => {
  let roomId: string;
  beforeAll(async () => {
    roomId = (await call(instructor, 'POST', '/api/rooms', panelRoom({ name: 'Rights room', availability: { kind: 'always' } }))).json.id;
  });

  it.each([
    ['student', () => student, { join: true, start: false, edit: false, delete: false }],
    ['teaching assistant', () => ta, { start: true, edit: false, delete: false }],
    ['instructor', () => instructor, { start: true, edit: true, delete: true }],
  ])('the %s sees the right buttons', async (_who, who, permissions) => {
    expect((await call(who(), 'GET', `/api/rooms/${roomId}`)).json.permissions).toMatchObject(permissions);
  });

  it('lets the owner edit, refuses a student with 403 and bad input with 400, changing nothing', async () => {
    expect((await call(instructor, 'PATCH', `/api/rooms/${roomId}`, { name: 'Renamed', chat: { groupChat: true, privateChat: false, polls: true, reactions: false } })).json)
      .toMatchObject({ name: 'Renamed', chat: { privateChat: false, reactions: false } });
    expect((await call(student, 'GET', `/api/rooms/${roomId}`)).json).toMatchObject({ description: '<p>Bring <strong>questions</strong></p>', tags: ['week 1'] });
    expect((await call(student, 'PATCH', `/api/rooms/${roomId}`, { name: 'Hacked' })).status).toBe(403);
    const invalid = await call(instructor, 'PATCH', `/api/rooms/${roomId}`, { name: '', earlyEntryMinutes: -1 });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['earlyEntryMinutes', 'name']);
    expect((await call(student, 'GET', `/api/rooms/${roomId}`)).json.name).toBe('Renamed');
  });

  it('counts one like per user', async () => {
    await call(student, 'PUT', `/api/rooms/${roomId}/like`);
    const twice = await call(student, 'PUT', `/api/rooms/${roomId}/like`);
    expect(twice.json).toEqual({ count: 1, likedByMe: true });
    expect((await call(ta, 'GET', `/api/rooms/${roomId}`)).json.likes).toEqual({ count: 1, likedByMe: false });
    expect((await call(student, 'DELETE', `/api/rooms/${roomId}/like`)).json).toEqual({ count: 0, likedByMe: false });
  });

  it('adds the teaching assistant as co-editor from the course roster; they can then edit', async () => {
    const roster = await call(instructor, 'GET', `/api/channels/${channelId}/roster`);
    expect(roster.json.members).toHaveLength(fx.lms.users.length);
    expect((await call(student, 'GET', `/api/channels/${channelId}/roster`)).status).toBe(403);
    expect((await call(student, 'POST', `/api/rooms/${roomId}/collaborators`, { ltiSub: 'ta', role: 'co-editor' })).status).toBe(403);
    expect((await call(instructor, 'POST', `/api/rooms/${roomId}/collaborators`, { ltiSub: 'ta', role: 'boss' })).status).toBe(400);
    expect((await call(instructor, 'POST', `/api/rooms/${roomId}/collaborators`, { ltiSub: 'not-in-course', role: 'co-editor' })).status).toBe(400);
    // The owner is not her own co-editor: refused, naming why, and nothing is written.
    const herself = await call(instructor, 'POST', `/api/rooms/${roomId}/collaborators`, { ltiSub: 'instructor', role: 'co-editor' });
    expect(herself.json.error).toEqual({ code: 'VALIDATION_FAILED', fields: [{ path: 'ltiSub', code: 'OWNER_IS_NOT_A_COLLABORATOR' }] });
    expect((await call(instructor, 'GET', `/api/rooms/${roomId}/collaborators`)).json.collaborators).toEqual([]);
    const added = await call(instructor, 'POST', `/api/rooms/${roomId}/collaborators`, { ltiSub: 'ta', role: 'co-editor' });
    expect(added.json.collaborators).toEqual([expect.objectContaining({ name: 'Tomas Assistant', role: 'co-editor' })]);
    expect((await call(ta, 'GET', `/api/rooms/${roomId}`)).json.permissions).toMatchObject({ edit: true, delete: false, manageCollaborators: false });
    expect((await call(ta, 'GET', '/api/my-rooms')).json.rooms.map((r: { id: string }) => r.id)).toContain(roomId);
    const taUserId = added.json.collaborators[0].userId;
    expect((await call(instructor, 'DELETE', `/api/rooms/${roomId}/collaborators/${taUserId}/co-editor`)).json.collaborators).toEqual([]);
    expect((await call(ta, 'GET', `/api/rooms/${roomId}`)).json.permissions.edit).toBe(false);
  });

  it('unpublishes and publishes in channels the user manages', async () => {
    expect((await call(instructor, 'GET', `/api/rooms/${roomId}/publishing`)).json.channels).toEqual([{ id: channelId, title: fx.lms.course.title, published: true }]);
    expect((await call(student, 'DELETE', `/api/rooms/${roomId}/channels/${channelId}`)).status).toBe(403);
    expect((await call(instructor, 'DELETE', `/api/rooms/${roomId}/channels/${channelId}`)).json.channels[0].published).toBe(false);
    expect((await call(student, 'GET', `/api/rooms/${roomId}`)).status).toBe(404);
    expect((await call(instructor, 'PUT', `/api/rooms/${roomId}/channels/${channelId}`)).json.channels[0].published).toBe(true);
    expect((await call(student, 'GET', `/api/rooms/${roomId}`)).status).toBe(200);
  });

  it('soft-deletes for the owner only, and restores from My Rooms', async () => {
    expect((await call(ta, 'DELETE', `/api/rooms/${roomId}`)).status).toBe(403);
    expect((await call(instructor, 'DELETE', `/api/rooms/${roomId}`)).status).toBe(204);
    expect((await call(student, 'GET', `/api/channels/${channelId}/rooms`)).json.rooms.map((r: { id: string }) => r.id)).not.toContain(roomId);
    const mine = (await call(instructor, 'GET', '/api/my-rooms')).json.rooms.find((r: { id: string }) => r.id === roomId);
    expect(mine).toMatchObject({ status: { kind: 'deleted' }, permissions: { restore: true } });
    expect(new Date(mine.restorableUntil).getTime() - new Date(mine.deletedAt).getTime()).toBe(30 * 24 * 3600_000);
    expect((await call(instructor, 'POST', `/api/rooms/${roomId}/restore`)).json.deletedAt).toBeNull();
    expect((await call(student, 'GET', `/api/rooms/${roomId}`)).status).toBe(200);
  });
});

describe('isolation between accounts', () => {
  it('answers 404 for the rooms and courses of another platform', async () => {
    const roomId = (await call(instructor, 'POST', '/api/rooms', panelRoom({ name: 'Private to A' }))).json.id;
    const otherLms = await startDevLms({ port: otherLmsPort, toolUrl: fx.toolUrl, logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
    try {
      const registration = await otherLms.register();
      const other = (await fx.tool.accounts.findByIssuerAndClient(otherLms.issuer, registration.clientId))!;
      await fx.tool.registration.setActive(other, true);
      const outsider = await launch(fx.toolUrl, otherLms, 'instructor');
      for (const [method, path, body] of [
        ['GET', `/api/rooms/${roomId}`], ['PATCH', `/api/rooms/${roomId}`, { name: 'x' }], ['DELETE', `/api/rooms/${roomId}`],
        ['PUT', `/api/rooms/${roomId}/like`], ['GET', `/api/rooms/${roomId}/collaborators`], ['GET', `/api/channels/${channelId}/rooms`],
        ['GET', `/api/channels/${channelId}/roster`], ['PUT', `/api/rooms/${roomId}/channels/${channelId}`],
      ] as Array<[string, string, unknown?]>) {
        expect([method, path, (await call(outsider, method, path, body)).status]).toEqual([method, path, 404]);
      }
      expect((await call(outsider, 'GET', '/api/my-rooms')).json.rooms).toEqual([]);
    } finally {
      await otherLms.close();
    }
  });
});

describe('a shared room link opened without a session (GET /api/room-links/:roomId)', () => {
  const anonymous = (path: string) => fetch(`${fx.toolUrl}${path}`, { headers: { Accept: 'application/json' } });

  it('names the room and its courses with the way back into the LMS, to anyone holding the link, and nothing more', async () => {
    const room = (await call(instructor, 'POST', '/api/rooms', panelRoom({ name: 'Linked seminar' }))).json;
    const response = await anonymous(`/api/room-links/${room.id}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ name: 'Linked seminar', courses: [{ title: expect.any(String), returnUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/courses\//) }] });
  });

  it('a deleted room, an unknown or malformed id: 404 in the API shape; no session is needed or made', async () => {
    const room = (await call(instructor, 'POST', '/api/rooms', panelRoom({ name: 'Soon gone' }))).json;
    expect((await call(instructor, 'DELETE', `/api/rooms/${room.id}`)).status).toBe(204);
    for (const id of [room.id, '00000000-0000-4000-8000-000000000000', 'not-a-room']) {
      const response = await anonymous(`/api/room-links/${id}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    // Every other API address still wants a launch.
    expect((await anonymous(`/api/rooms/${room.id}`)).status).toBe(401);
  });

  it('passes on only an absolute http(s) return URL', async () => {
    const room = (await call(instructor, 'POST', '/api/rooms', panelRoom({ name: 'Odd return' }))).json;
    await fx.tool.db.execute('UPDATE channels SET return_url = :url WHERE id = :channelId', { url: 'javascript:alert(1)', channelId });
    try {
      expect((await (await anonymous(`/api/room-links/${room.id}`)).json()).courses[0].returnUrl).toBeNull();
    } finally {
      await launch(fx.toolUrl, fx.lms, 'instructor');
    }
  });
});
