import { api, connectMeeting, launch, Launched, MeetingSocket, okData, request, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';

/**
 * A room made from a custom template: it starts with the template's chat switches, and it is
 * what the template is now (an administrator may change the template's base mode later),
 * on its page and in the session it starts alike.
 */
let fx: ToolFixture;
let admin: Launched;
let instructor: Launched;
let channelId: string;
const sockets: MeetingSocket[] = [];

const seminarFeatures = {
  chat: false, privateChat: false, screenSharing: true, raiseHand: true, reactions: true, polls: false, breakoutRooms: false,
  recording: false, lobby: false, stageAccessDefault: 'request', cameraOnCap: 8, totalCap: 80,
};

beforeAll(async () => {
  fx = await startToolWithLms();
  [admin, instructor] = await Promise.all(['admin', 'instructor'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  channelId = instructor.landingPath.split('/').pop()!;
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await fx?.close();
});

async function templateRoom(name: string, baseMode: 'interactive' | 'panel') {
  const created = await api(fx.toolUrl, admin, 'POST', '/api/admin/templates', { name, baseMode, features: seminarFeatures });
  if (created.status !== 201) throw new Error(JSON.stringify(created.json));
  const template = created.json.templates.find((t: { name: string }) => t.name === name);
  const room = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', {
    name: `${name} room`, modeChoice: { kind: 'template', templateId: template.id }, availability: { kind: 'always' }, channelId,
  });
  expect(room.status).toBe(201);
  return { templateId: template.id as string, room: room.json };
}

describe('rooms made from a custom template', () => {
  it('start with the template\'s chat switches, not those of its base mode', async () => {
    const { room } = await templateRoom('Quiet seminar', 'interactive');
    expect(room.chat).toEqual({ groupChat: false, privateChat: false, polls: false, reactions: true });
    const shown = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${room.id}`)).json;
    expect(shown.chat).toEqual(room.chat);
    // The template is the boundary: the edit page shows these switches off and fixed.
    expect(shown.chatAllowed).toEqual({ groupChat: false, privateChat: false, polls: false, reactions: true });
  });

  it('follow a change of the template\'s base mode: the room says the mode its session runs', async () => {
    const { templateId, room } = await templateRoom('Lecture format', 'interactive');
    expect(room.mode).toBe('interactive');

    const changed = await api(fx.toolUrl, admin, 'PUT', `/api/admin/templates/${templateId}`, { name: 'Lecture format', baseMode: 'panel', features: seminarFeatures });
    expect(changed.status).toBe(200);

    const shown = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${room.id}`)).json;
    const listed = (await api(fx.toolUrl, instructor, 'GET', `/api/channels/${channelId}/rooms`)).json.rooms.find((r: { id: string }) => r.id === room.id);
    expect([shown.mode, listed.mode]).toEqual(['panel', 'panel']);
    // Stored once, true everywhere: the room's own column follows its template too.
    const [stored] = await fx.tool.db.select<{ mode: string }>('SELECT mode FROM rooms WHERE id = :id', { id: room.id });
    expect(stored.mode).toBe('panel');

    const host = await connectMeeting(fx.toolUrl, instructor);
    sockets.push(host);
    const started = okData(await request(host, 'session:enter', { roomId: room.id }));
    if (started.kind !== 'admitted') throw new Error(started.kind);
    const [session] = await fx.tool.db.select<{ mode: string }>('SELECT mode FROM meeting_sessions WHERE id = :id', { id: started.meeting.sessionId });
    expect(session.mode).toBe(shown.mode);
  });
});
