import { SignJWT } from 'jose';
import { LIS } from '@lti-rooms/dev-lms';
import { RoomLinks } from '@lti-rooms/server-app';
import { api, beginLogin, BrowserClient, completeLogin, launch, launchErrorOf, Launched, startToolWithLms, ToolFixture, roomOwnedBy } from '@lti-rooms/test-support';

let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms();
});
afterAll(async () => fx?.close());

const OTHER_COURSE = 'physics-102';
const THIRD_COURSE = 'chemistry-103';

async function createRoom(owner: Launched, name: string): Promise<string> {
  return (await roomOwnedBy(fx, owner, { name })).id;
}

/** Picks a room in a Deep Linking launch and lets the Dev LMS store the link it returns. */
async function placeWithDeepLinking(userId: string, roomId: string, courseId?: string, roles?: string[]) {
  const picker = await launch(fx.toolUrl, fx.lms, userId, { messageType: 'LtiDeepLinkingRequest', courseId, roles });
  const response = await api(fx.toolUrl, picker, 'POST', '/api/deep-linking/response', { roomId });
  expect(response.status).toBe(200);
  const before = new Set(fx.lms.resourceLinks().map((l) => l.id));
  expect((await new BrowserClient().request(response.json.action, { form: { JWT: response.json.jwt } })).status).toBe(200);
  return fx.lms.resourceLinks().find((l) => !before.has(l.id))!;
}

/** A launch the tool may refuse: the raw answer to the id_token POST. */
async function attemptLaunch(userId: string, options: Parameters<typeof launch>[3]) {
  const browser = new BrowserClient();
  const result = await completeLogin(browser, await beginLogin(browser, fx.lms, userId, options));
  return { result, browser };
}

async function expectRefusedAsNotInCourse(userId: string, options: Parameters<typeof launch>[3]) {
  const { result, browser } = await attemptLaunch(userId, options);
  expect(result.status).toBe(403);
  expect(result.location).toBeNull();
  expect(launchErrorOf(result.body)).toMatchObject({ code: 'ROOM_NOT_IN_COURSE', title: 'This room is not part of this course' });
  // No launch token and no session: nothing to act with.
  expect(result.body).not.toContain('ltik=');
  expect(browser.cookies.has('lti_rooms_session')).toBe(false);
}

/** Everything about a room a launch could change: the row, where it is published, who works on it. */
async function roomState(roomId: string) {
  const [room] = await fx.tool.db.select('SELECT * FROM rooms WHERE id = :roomId', { roomId });
  const channels = await fx.tool.db.select('SELECT channel_id, published_by FROM room_channels WHERE room_id = :roomId ORDER BY channel_id', { roomId });
  const collaborators = await fx.tool.db.select('SELECT user_id, role FROM room_collaborators WHERE room_id = :roomId ORDER BY user_id, role', { roomId });
  return { room, channels, collaborators };
}

async function channelTitlesOf(viewer: Launched, roomId: string): Promise<string[]> {
  return (await api(fx.toolUrl, viewer, 'GET', `/api/rooms/${roomId}`)).json.channels.map((c: { title: string }) => c.title).sort();
}

/** The payload of a compact JWS replaced, its signature kept: what an LMS editor could do to a stored link. */
function withEditedPayload(token: string, edit: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  edit(claims);
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('Deep Linking', () => {
  it('places a room in the course as a signed link; launching the link opens its entry page', async () => {
    const instructor = await launch(fx.toolUrl, fx.lms, 'instructor');
    const roomId = await createRoom(instructor, 'Deep linked room');
    const link = await placeWithDeepLinking('instructor', roomId);
    expect(link).toMatchObject({ title: 'Deep linked room', url: `${fx.toolUrl}/lti/launch` });
    // Not a bare id the LMS's editors could change into another room's.
    expect(Object.keys(link.custom ?? {})).toEqual(['room_link']);
    expect(link.custom!.room_link).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const student = await launch(fx.toolUrl, fx.lms, 'student05', { resourceLinkId: link.id });
    expect(student.landingPath).toBe(`/rooms/${roomId}`);
    expect((await api(fx.toolUrl, student, 'GET', `/api/rooms/${roomId}`)).json).toMatchObject({ name: 'Deep linked room', permissions: { join: true } });
  });

  it('refuses a deep linking response outside a deep linking launch, and for a room the user cannot edit', async () => {
    const instructor = await launch(fx.toolUrl, fx.lms, 'instructor');
    const roomId = await createRoom(instructor, 'Not for students');
    expect((await api(fx.toolUrl, instructor, 'POST', '/api/deep-linking/response', { roomId })).status).toBe(403);
    const studentPicker = await launch(fx.toolUrl, fx.lms, 'student07', { messageType: 'LtiDeepLinkingRequest' });
    expect((await api(fx.toolUrl, studentPicker, 'POST', '/api/deep-linking/response', { roomId })).status).toBe(403);
    expect((await api(fx.toolUrl, studentPicker, 'POST', '/api/deep-linking/response', { roomId: 'not-a-uuid' })).status).toBe(400);
  });


  it('placing a room in a course needs the right to publish it there: a co-editor may not, a co-publisher may', async () => {
    const owner = await launch(fx.toolUrl, fx.lms, 'instructor');
    const roomId = await createRoom(owner, 'Worked on by others');
    for (const [ltiSub, role] of [['student25', 'co-editor'], ['student26', 'co-publisher']]) {
      expect((await api(fx.toolUrl, owner, 'POST', `/api/rooms/${roomId}/collaborators`, { ltiSub, role })).status).toBe(200);
    }
    const coEditorPicker = await launch(fx.toolUrl, fx.lms, 'student25', { messageType: 'LtiDeepLinkingRequest', courseId: OTHER_COURSE, roles: [LIS.instructor] });
    expect((await api(fx.toolUrl, coEditorPicker, 'POST', '/api/deep-linking/response', { roomId })).status).toBe(403);
    expect(await channelTitlesOf(owner, roomId)).toEqual([fx.lms.course.title]);

    const link = await placeWithDeepLinking('student26', roomId, OTHER_COURSE, [LIS.instructor]);
    expect(await channelTitlesOf(owner, roomId)).toEqual([fx.lms.course.title, `Course ${OTHER_COURSE}`].sort());
    expect((await launch(fx.toolUrl, fx.lms, 'student27', { resourceLinkId: link.id, courseId: OTHER_COURSE })).landingPath).toBe(`/rooms/${roomId}`);
  });
});

describe('a launch that names a room (issue 10, finding 4)', () => {
  let owner: Launched;
  let privateRoomId: string;
  beforeAll(async () => {
    owner = await launch(fx.toolUrl, fx.lms, 'instructor');
    privateRoomId = await createRoom(owner, 'Private to the demo course');
  });

  it('an instructor of another course naming a private room by room_id is refused; the room is unchanged', async () => {
    const link = fx.lms.addResourceLink({ title: 'Borrowed room', url: `${fx.toolUrl}/lti/launch`, custom: { room_id: privateRoomId } });
    const before = await roomState(privateRoomId);
    const rowsBefore = await Promise.all(['room_channels', 'room_collaborators', 'rooms'].map((t) => fx.countRows(t)));
    await expectRefusedAsNotInCourse('student20', { resourceLinkId: link.id, courseId: OTHER_COURSE, roles: [LIS.instructor] });
    expect(await roomState(privateRoomId)).toEqual(before);
    expect(await Promise.all(['room_channels', 'room_collaborators', 'rooms'].map((t) => fx.countRows(t)))).toEqual(rowsBefore);
    expect(await channelTitlesOf(owner, privateRoomId)).toEqual([fx.lms.course.title]);
  });

  it('a student of a third course naming it is refused the same way', async () => {
    const link = fx.lms.addResourceLink({ title: 'Borrowed again', url: `${fx.toolUrl}/lti/launch`, custom: { room_id: privateRoomId } });
    const before = await roomState(privateRoomId);
    await expectRefusedAsNotInCourse('student21', { resourceLinkId: link.id, courseId: THIRD_COURSE });
    expect(await roomState(privateRoomId)).toEqual(before);
  });

  it('a room that does not exist, a room id that is no id, and a deleted room get the same refusal', async () => {
    for (const roomId of ['00000000-0000-4000-8000-000000000000', 'room\u0000x']) {
      const link = fx.lms.addResourceLink({ title: 'Nowhere', url: `${fx.toolUrl}/lti/launch`, custom: { room_id: roomId } });
      await expectRefusedAsNotInCourse('student22', { resourceLinkId: link.id });
    }
    const doomed = await createRoom(owner, 'Deleted soon');
    const link = await placeWithDeepLinking('instructor', doomed);
    expect((await api(fx.toolUrl, owner, 'DELETE', `/api/rooms/${doomed}`)).status).toBe(204);
    await expectRefusedAsNotInCourse('student22', { resourceLinkId: link.id });
  });

  it('a signed link edited to name another room, or signed by another server or for another platform, is refused', async () => {
    const placedRoomId = await createRoom(owner, 'Placed room');
    const link = await placeWithDeepLinking('instructor', placedRoomId);
    const token = link.custom!.room_link;
    const before = await roomState(privateRoomId);

    const edited = withEditedPayload(token, (claims) => { claims.sub = privateRoomId; });
    const foreignKey = new TextEncoder().encode('another-lti-rooms-installation-key-0123456789');
    const foreignServer = await new SignJWT({ acc: fx.account.id, ctx: null }).setProtectedHeader({ alg: 'HS256', typ: 'room-link' }).setSubject(privateRoomId).sign(foreignKey);
    const otherPlatform = await new RoomLinks(fx.tool.config.ltiKey).sign({ accountId: 'another-account', roomId: placedRoomId, channelId: null });
    for (const value of [edited, foreignServer, otherPlatform, 'not-a-link']) {
      const tampered = fx.lms.addResourceLink({ title: 'Tampered', url: `${fx.toolUrl}/lti/launch`, custom: { room_link: value } });
      // The owner, in the very course: the link itself is refused, not the person.
      await expectRefusedAsNotInCourse('instructor', { resourceLinkId: tampered.id });
    }
    // A signed link wins over a bare room id sent beside it.
    const both = fx.lms.addResourceLink({ title: 'Both', url: `${fx.toolUrl}/lti/launch`, custom: { room_link: edited, room_id: placedRoomId } });
    await expectRefusedAsNotInCourse('student05', { resourceLinkId: both.id });
    expect(await roomState(privateRoomId)).toEqual(before);
  });

  it('a signed link placed in one course and launched from another follows the rule: refused for its students, published by its manager who may publish it', async () => {
    const roomId = await createRoom(owner, 'Travelling room');
    const link = await placeWithDeepLinking('instructor', roomId);

    await expectRefusedAsNotInCourse('student23', { resourceLinkId: link.id, courseId: OTHER_COURSE });
    // An instructor there who has no right on the room may not publish it either.
    await expectRefusedAsNotInCourse('student24', { resourceLinkId: link.id, courseId: OTHER_COURSE, roles: [LIS.instructor] });
    expect(await channelTitlesOf(owner, roomId)).toEqual([fx.lms.course.title]);

    // The owner manages the other course too: the launch publishes the room there.
    const ownerThere = await launch(fx.toolUrl, fx.lms, 'instructor', { resourceLinkId: link.id, courseId: OTHER_COURSE });
    expect(ownerThere.landingPath).toBe(`/rooms/${roomId}`);
    expect(await channelTitlesOf(owner, roomId)).toEqual([fx.lms.course.title, `Course ${OTHER_COURSE}`].sort());
    const [publication] = await fx.tool.db.select<{ published_by: string }>(
      'SELECT rc.published_by FROM room_channels rc JOIN channels c ON c.id = rc.channel_id WHERE rc.room_id = :roomId AND c.context_id = :contextId', { roomId, contextId: OTHER_COURSE },
    );
    expect(publication.published_by).toBe((await api(fx.toolUrl, ownerThere, 'GET', '/api/me')).json.user.id);

    // Now it is part of that course: its students get in.
    const student = await launch(fx.toolUrl, fx.lms, 'student23', { resourceLinkId: link.id, courseId: OTHER_COURSE });
    expect(student.landingPath).toBe(`/rooms/${roomId}`);
  });

  it('a link placed before links were signed (room_id) still opens where the room is published', async () => {
    const roomId = await createRoom(owner, 'Placed long ago');
    const link = fx.lms.addResourceLink({ title: 'Placed long ago', url: `${fx.toolUrl}/lti/launch`, custom: { room_id: roomId } });
    const student = await launch(fx.toolUrl, fx.lms, 'student05', { resourceLinkId: link.id });
    expect(student.landingPath).toBe(`/rooms/${roomId}`);
  });
});
