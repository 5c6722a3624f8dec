import { api, BrowserClient, launch, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';

let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms();
});
afterAll(async () => fx?.close());

describe('Deep Linking', () => {
  it('places a room in the course; launching the link opens its entry page', async () => {
    const picker = await launch(fx.toolUrl, fx.lms, 'instructor', { messageType: 'LtiDeepLinkingRequest' });
    expect(picker.landingPath).toBe('/deep-linking');
    const me = await api(fx.toolUrl, picker, 'GET', '/api/me');
    const room = await api(fx.toolUrl, picker, 'POST', '/api/rooms', {
      name: 'Deep linked room', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' }, channelId: me.json.channel.id,
    });
    expect(room.status).toBe(201);

    const response = await api(fx.toolUrl, picker, 'POST', '/api/deep-linking/response', { roomId: room.json.id });
    expect(response.status).toBe(200);
    expect(response.json.action).toBe(`${fx.lms.url}/deep-linking/return`);
    const returned = await new BrowserClient().request(response.json.action, { form: { JWT: response.json.jwt } });
    expect(returned.status).toBe(200);
    const link = fx.lms.resourceLinks().find((l) => l.custom?.room_id === room.json.id);
    expect(link).toMatchObject({ title: 'Deep linked room', url: `${fx.toolUrl}/lti/launch` });

    const student = await launch(fx.toolUrl, fx.lms, 'student05', { resourceLinkId: link!.id });
    expect(student.landingPath).toBe(`/rooms/${room.json.id}`);
    expect((await api(fx.toolUrl, student, 'GET', `/api/rooms/${room.json.id}`)).json).toMatchObject({ name: 'Deep linked room', permissions: { join: true } });
  });

  it('publishes a picked room into another course when its link is launched there', async () => {
    const instructor = await launch(fx.toolUrl, fx.lms, 'instructor');
    const channelId = instructor.landingPath.split('/').pop();
    const room = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', {
      name: 'Shared across courses', modeChoice: { kind: 'mode', mode: 'panel' }, availability: { kind: 'always' }, channelId,
    });
    const link = fx.lms.addResourceLink({ title: 'Shared across courses', url: `${fx.toolUrl}/lti/launch`, custom: { room_id: room.json.id } });
    const elsewhere = await launch(fx.toolUrl, fx.lms, 'student06', { resourceLinkId: link.id, courseId: 'history-201' });
    expect(elsewhere.landingPath).toBe(`/rooms/${room.json.id}`);
    const channels = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${room.json.id}`)).json.channels.map((c: { title: string }) => c.title);
    expect(channels).toEqual(expect.arrayContaining([fx.lms.course.title, 'Course history-201']));
  });

  it('refuses a deep linking response outside a deep linking launch, and for a room the user cannot edit', async () => {
    const instructor = await launch(fx.toolUrl, fx.lms, 'instructor');
    const channelId = instructor.landingPath.split('/').pop();
    const room = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', {
      name: 'Not for students', modeChoice: { kind: 'mode', mode: 'panel' }, availability: { kind: 'always' }, channelId,
    });
    expect((await api(fx.toolUrl, instructor, 'POST', '/api/deep-linking/response', { roomId: room.json.id })).status).toBe(403);
    const studentPicker = await launch(fx.toolUrl, fx.lms, 'student07', { messageType: 'LtiDeepLinkingRequest' });
    expect((await api(fx.toolUrl, studentPicker, 'POST', '/api/deep-linking/response', { roomId: room.json.id })).status).toBe(403);
    expect((await api(fx.toolUrl, studentPicker, 'POST', '/api/deep-linking/response', { roomId: 'not-a-uuid' })).status).toBe(400);
  });
});
