import type { StageChangedEvent, StageCommandBody } from '@lti-rooms/contracts';
import {
  api, connectMeeting, launch, Launched, MeetingSocket, nextEvent, okData, request, startToolWithLms, ToolFixture,
} from '@lti-rooms/test-support';

/**
 * Panel stages over real connections (SPEC "Panel mode"): every transition and race of
 * issue 6, decided on the server and heard by every page of the room.
 */
let fx: ToolFixture;
let admin: Launched;
let instructor: Launched;
let ta: Launched;
let students: Launched[];
let channelId: string;
const userIdOf = new Map<Launched, string>();
const sockets: MeetingSocket[] = [];

interface Seat {
  socket: MeetingSocket;
  userId: string;
  /** Every 'stage:changed' this page received, in order. */
  changes: StageChangedEvent[];
}

interface Panel {
  roomId: string;
  sessionId: string;
  host: Seat;
  viewers: Seat[];
}

async function seat(who: Launched, roomId: string): Promise<Seat & { outcome: Awaited<ReturnType<typeof enter>> }> {
  const socket = await connectMeeting(fx.toolUrl, who);
  sockets.push(socket);
  const changes: StageChangedEvent[] = [];
  socket.on('stage:changed', (event) => changes.push(event));
  const outcome = await enter(socket, roomId);
  return { socket, userId: userIdOf.get(who)!, changes, outcome };
}

const enter = async (socket: MeetingSocket, roomId: string) => okData(await request(socket, 'session:enter', { roomId }));

/** A panel room, started by the instructor, with the given people let in as viewers. */
async function panel(viewerLaunches: Launched[] = students.slice(0, 2), mode: 'panel' | 'interactive' = 'panel'): Promise<Panel> {
  const created = await api(fx.toolUrl, instructor, 'POST', '/api/rooms', { channelId, name: 'Panel', modeChoice: { kind: 'mode', mode }, availability: { kind: 'always' } });
  const roomId = created.json.id;
  const host = await seat(instructor, roomId);
  if (host.outcome.kind !== 'admitted') throw new Error(host.outcome.kind);
  const viewers = [];
  for (const who of viewerLaunches) viewers.push(await seat(who, roomId));
  return { roomId, sessionId: host.outcome.meeting.sessionId, host, viewers };
}

const command = (seat: Seat, sessionId: string, body: StageCommandBody) => request(seat.socket, 'stage:command', { sessionId, command: body });
const ok = async (seat: Seat, sessionId: string, body: StageCommandBody) => okData(await command(seat, sessionId, body));
const snapshot = async (seat: Seat, sessionId: string) => okData(await request(seat.socket, 'stage:snapshot', { sessionId }));
const positionOf = async (p: Panel, userId: string) => (await snapshot(p.host, p.sessionId)).participants.find((x) => x.userId === userId)?.position;
/** Waits until a page has heard of `version`. */
const heard = (seat: Seat, version: number) => (seat.changes.some((c) => c.version === version) ? Promise.resolve() : nextEvent(seat.socket, 'stage:changed', (e) => e.version === version).then(() => undefined));

beforeAll(async () => {
  fx = await startToolWithLms();
  [admin, instructor, ta, ...students] = await Promise.all(['admin', 'instructor', 'ta', 'student01', 'student02', 'student03', 'observer'].map((u) => launch(fx.toolUrl, fx.lms, u)));
  channelId = instructor.landingPath.split('/').pop()!;
  for (const who of [instructor, ta, ...students]) userIdOf.set(who, (await api(fx.toolUrl, who, 'GET', '/api/me')).json.user.id);
}, 60_000);
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => fx?.close());

describe('a panel session', () => {
  it('starts in "Invite only" with the host on stage and viewers who join muted, view-only', async () => {
    const p = await panel();
    const stage = await snapshot(p.host, p.sessionId);
    expect(stage).toMatchObject({ accessMode: 'invite', cap: 10, version: 1 });
    expect(stage.participants.map((x) => [x.userId, x.position])).toEqual([[p.host.userId, 'on-stage'], ...p.viewers.map((v) => [v.userId, 'viewer'])]);
    const viewer = p.viewers[0] as Seat & { outcome: { kind: string; meeting?: { viewOnly: boolean; jitsi: { stageConfig: unknown } } } };
    expect(viewer.outcome).toMatchObject({ kind: 'admitted', meeting: { viewOnly: true, jitsi: { stageConfig: { onStage: expect.any(Object), viewer: expect.any(Object) } } } });
    expect(okData(await request(p.viewers[0].socket, 'camera:set', { sessionId: p.sessionId, on: true }))).toEqual({ granted: false, reason: 'NOT_ON_STAGE', cap: 10 });
  });

  it('invite → accept: every page hears both changes in order; the viewer is on stage, may turn the camera on, and joins Jitsi on stage after a reconnect', async () => {
    const p = await panel();
    const [v] = p.viewers;
    const invited = await ok(p.host, p.sessionId, { type: 'invite', targetUserId: v.userId });
    expect(invited.changed).toBe(true);
    await heard(v, invited.version);
    const invitation = v.changes.find((c) => c.version === invited.version)!;
    expect(invitation.moves).toEqual([{ userId: v.userId, from: 'viewer', to: 'invited', cause: 'invited', by: p.host.userId }]);
    expect(invitation.changed[0]).toMatchObject({ userId: v.userId, position: 'invited', invitedBy: { userId: p.host.userId, name: 'Ada Instructor' } });

    const accepted = await ok(v, p.sessionId, { type: 'acceptInvite' });
    expect(accepted.version).toBe(invited.version + 1);
    for (const page of [p.host, ...p.viewers]) await heard(page, accepted.version);
    // Viewers arrived after the host took the stage (version 1): they hear from then on, in order, nothing twice.
    for (const page of [p.host, ...p.viewers]) expect(page.changes.map((c) => c.version).filter((n) => n >= invited.version)).toEqual([invited.version, accepted.version]);
    expect(p.host.changes.map((c) => c.version)).toEqual([1, invited.version, accepted.version]);
    expect(await positionOf(p, v.userId)).toBe('on-stage');
    expect(okData(await request(v.socket, 'camera:set', { sessionId: p.sessionId, on: true }))).toMatchObject({ granted: true });

    v.socket.close();
    const back = await seat(students[0], p.roomId);
    expect(back.outcome).toMatchObject({ kind: 'admitted', meeting: { viewOnly: false } });
  });

  it('invite → decline leaves a viewer; a revoked invitation cannot be accepted', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    await ok(p.host, p.sessionId, { type: 'invite', targetUserId: v.userId });
    const declined = await ok(v, p.sessionId, { type: 'declineInvite' });
    await heard(p.host, declined.version);
    expect(p.host.changes.at(-1)!.moves).toEqual([{ userId: v.userId, from: 'invited', to: 'viewer', cause: 'invitation-declined', by: null }]);

    await ok(p.host, p.sessionId, { type: 'invite', targetUserId: w.userId });
    const revoked = await ok(p.host, p.sessionId, { type: 'revokeInvite', targetUserId: w.userId });
    await heard(w, revoked.version);
    expect(w.changes.at(-1)!.moves[0]).toMatchObject({ cause: 'invitation-revoked' });
    expect(await command(w, p.sessionId, { type: 'acceptInvite' })).toMatchObject({ ok: false, error: { code: 'INVITATION_REVOKED' } });
    expect(await positionOf(p, w.userId)).toBe('viewer');
  });

  it('"Join by request": request → bring to stage, request → decline; viewers may not invite', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    expect(await command(v, p.sessionId, { type: 'requestStage' })).toMatchObject({ ok: false, error: { code: 'NOT_IN_THIS_ACCESS_MODE' } });
    await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'request' });
    await ok(v, p.sessionId, { type: 'requestStage' });
    await ok(w, p.sessionId, { type: 'requestStage' });
    expect(await command(v, p.sessionId, { type: 'invite', targetUserId: w.userId })).toMatchObject({ ok: false, error: { code: 'HOSTS_ONLY' } });
    const brought = await ok(p.host, p.sessionId, { type: 'bringToStage', targetUserId: v.userId });
    const declined = await ok(p.host, p.sessionId, { type: 'declineRequest', targetUserId: w.userId });
    await heard(w, declined.version);
    expect(v.changes.find((c) => c.version === brought.version)!.moves[0]).toMatchObject({ userId: v.userId, to: 'on-stage', cause: 'brought-to-stage' });
    expect(w.changes.at(-1)!.moves[0]).toMatchObject({ userId: w.userId, to: 'viewer', cause: 'request-declined' });
  });

  it('remove from stage; leaving the stage oneself; hosts cannot be removed', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'everyone' });
    await ok(v, p.sessionId, { type: 'joinStage' });
    await ok(w, p.sessionId, { type: 'joinStage' });
    const removed = await ok(p.host, p.sessionId, { type: 'removeFromStage', targetUserId: v.userId });
    await heard(v, removed.version);
    expect(v.changes.at(-1)!.moves[0]).toMatchObject({ userId: v.userId, from: 'on-stage', to: 'viewer', cause: 'removed-from-stage', by: p.host.userId });
    await ok(w, p.sessionId, { type: 'leaveStage' });
    expect(await positionOf(p, w.userId)).toBe('viewer');
    expect(await command(p.host, p.sessionId, { type: 'removeFromStage', targetUserId: p.host.userId })).toMatchObject({ ok: false, error: { code: 'TARGET_IS_HOST' } });
  });

  it('each access mode switch: leaving "Join by request" closes pending requests; "Everyone on stage" lets viewers step up', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'request' });
    await ok(v, p.sessionId, { type: 'requestStage' });
    const toEveryone = await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'everyone' });
    await heard(v, toEveryone.version);
    const switched = v.changes.at(-1)!;
    expect(switched.accessMode).toBe('everyone');
    expect(switched.moves).toEqual([{ userId: v.userId, from: 'requested', to: 'viewer', cause: 'request-closed-by-access-mode', by: p.host.userId }]);
    await ok(w, p.sessionId, { type: 'joinStage' });
    await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'invite' });
    expect(await command(v, p.sessionId, { type: 'joinStage' })).toMatchObject({ ok: false, error: { code: 'NOT_IN_THIS_ACCESS_MODE' } });
    expect(await positionOf(p, w.userId)).toBe('on-stage');
    const same = await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'invite' });
    expect(same.changed).toBe(false);
  });

  it('mentors and observers step on stage only when invited', async () => {
    const observer = students[3];
    const p = await panel([observer]);
    await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'everyone' });
    expect(await command(p.viewers[0], p.sessionId, { type: 'joinStage' })).toMatchObject({ ok: false, error: { code: 'OBSERVERS_ONLY_BY_INVITATION' } });
    await ok(p.host, p.sessionId, { type: 'invite', targetUserId: p.viewers[0].userId });
    await ok(p.viewers[0], p.sessionId, { type: 'acceptInvite' });
    expect(await positionOf(p, p.viewers[0].userId)).toBe('on-stage');
  });
});

describe('a full stage', () => {
  it('refuses invitations at once; an invitation accepted after the stage filled is told STAGE_FULL and stays pending', async () => {
    const settings = (await api(fx.toolUrl, admin, 'GET', '/api/admin/settings')).json;
    const { licence: _licence, ...body } = settings;
    expect((await api(fx.toolUrl, admin, 'PUT', '/api/admin/settings', { ...body, caps: { ...body.caps, panelStage: 2 } })).status).toBe(200);
    try {
      const p = await panel(students.slice(0, 3));
      const [u, v, w] = p.viewers;
      await ok(p.host, p.sessionId, { type: 'invite', targetUserId: v.userId });
      await ok(p.host, p.sessionId, { type: 'invite', targetUserId: w.userId });
      await ok(w, p.sessionId, { type: 'acceptInvite' });
      expect(await command(v, p.sessionId, { type: 'acceptInvite' })).toMatchObject({ ok: false, error: { code: 'STAGE_FULL' } });
      expect(await positionOf(p, v.userId)).toBe('invited');
      expect(await command(p.host, p.sessionId, { type: 'invite', targetUserId: u.userId })).toMatchObject({ ok: false, error: { code: 'STAGE_FULL' } });
      await ok(p.host, p.sessionId, { type: 'removeFromStage', targetUserId: w.userId });
      await ok(v, p.sessionId, { type: 'acceptInvite' });
      expect(await positionOf(p, v.userId)).toBe('on-stage');
    } finally {
      await api(fx.toolUrl, admin, 'PUT', '/api/admin/settings', body);
    }
  });
});

describe('races', () => {
  it('two hosts invite the same viewer at once: one invitation, one change, no error', async () => {
    const p = await panel();
    const second = await seat(ta, p.roomId);
    const [v] = p.viewers;
    const before = (await snapshot(p.host, p.sessionId)).version;
    const answers = (await Promise.all([command(p.host, p.sessionId, { type: 'invite', targetUserId: v.userId }), command(second, p.sessionId, { type: 'invite', targetUserId: v.userId })])).map(okData);
    expect(answers.filter((a) => a.changed)).toHaveLength(1);
    const after = await snapshot(p.host, p.sessionId);
    expect(after.version).toBe(before + 1);
    expect(after.participants.find((x) => x.userId === v.userId)).toMatchObject({ position: 'invited' });
  });

  it('accept and revoke at once: exactly one wins, and the loser is told why', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await panel(students.slice(0, 1));
      const [v] = p.viewers;
      await ok(p.host, p.sessionId, { type: 'invite', targetUserId: v.userId });
      const [accept, revoke] = await Promise.all([command(v, p.sessionId, { type: 'acceptInvite' }), command(p.host, p.sessionId, { type: 'revokeInvite', targetUserId: v.userId })]);
      const position = await positionOf(p, v.userId);
      if (position === 'on-stage') expect([accept.ok, revoke]).toEqual([true, expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'ALREADY_ON_STAGE' }) })]);
      else expect([position, revoke.ok, accept]).toEqual(['viewer', true, expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'INVITATION_REVOKED' }) })]);
    }
  });

  it('a host leaves while an invitation is pending: it stands while another host is there, and lapses with the last one', async () => {
    const p = await panel();
    const second = await seat(ta, p.roomId);
    const [v, w] = p.viewers;
    await ok(p.host, p.sessionId, { type: 'invite', targetUserId: v.userId });
    await ok(second, p.sessionId, { type: 'invite', targetUserId: w.userId });
    okData(await request(p.host.socket, 'session:leave', { sessionId: p.sessionId }));
    expect(await positionOf({ ...p, host: second }, v.userId)).toBe('invited');
    await ok(v, p.sessionId, { type: 'acceptInvite' });

    const lapsed = nextEvent(w.socket, 'stage:changed', (e) => e.moves.some((m) => m.userId === w.userId && m.cause === 'invitation-withdrawn-no-host'));
    okData(await request(second.socket, 'session:leave', { sessionId: p.sessionId }));
    await lapsed;
    expect(await command(w, p.sessionId, { type: 'acceptInvite' })).toMatchObject({ ok: false, error: { code: 'INVITATION_WITHDRAWN' } });
    expect(okData(await request(w.socket, 'stage:snapshot', { sessionId: p.sessionId })).participants.find((x) => x.userId === v.userId)?.position).toBe('on-stage');
  });
});

describe('moderators for the session', () => {
  it('a host makes a viewer a moderator live, who may then run the stage; taking it back returns them to the audience list', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    expect(await command(v, p.sessionId, { type: 'setModerator', targetUserId: w.userId, moderator: true })).toMatchObject({ ok: false, error: { code: 'HOSTS_ONLY' } });
    const promoted = await ok(p.host, p.sessionId, { type: 'setModerator', targetUserId: v.userId, moderator: true });
    await heard(v, promoted.version);
    const change = v.changes.at(-1)!;
    expect(change.roleChanges).toEqual([{ userId: v.userId, from: 'participant', to: 'host' }]);
    expect(change.changed.find((x) => x.userId === v.userId)).toMatchObject({ role: 'host', promoted: true, position: 'on-stage' });
    await ok(v, p.sessionId, { type: 'invite', targetUserId: w.userId });

    const demoted = await ok(p.host, p.sessionId, { type: 'setModerator', targetUserId: v.userId, moderator: false });
    await heard(v, demoted.version);
    expect(v.changes.at(-1)!.changed.find((x) => x.userId === v.userId)).toMatchObject({ role: 'participant', promoted: false });
    expect(await command(v, p.sessionId, { type: 'revokeInvite', targetUserId: w.userId })).toMatchObject({ ok: false, error: { code: 'HOSTS_ONLY' } });
    expect(await command(p.host, p.sessionId, { type: 'setModerator', targetUserId: p.host.userId, moderator: false })).toMatchObject({ ok: false, error: { code: 'MODERATOR_BY_ROLE' } });
  });
});

describe('a session moderator', () => {
  it('has the host\'s powers in the session: may end it for everyone; a plain viewer may not', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    expect(await request(w.socket, 'session:end', { sessionId: p.sessionId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(p.host, p.sessionId, { type: 'setModerator', targetUserId: v.userId, moderator: true });
    const ended = nextEvent(w.socket, 'session:ended');
    okData(await request(v.socket, 'session:end', { sessionId: p.sessionId }));
    expect(await ended).toMatchObject({ sessionId: p.sessionId, reason: 'host-ended' });
  });
});

describe('the Jitsi bridge and refusals', () => {
  it('an on-stage person\'s Jitsi id reaches the hosts; a viewer\'s is kept without a broadcast', async () => {
    const p = await panel();
    const [v, w] = p.viewers;
    const before = (await snapshot(p.host, p.sessionId)).version;
    okData(await request(w.socket, 'jitsi:joined', { sessionId: p.sessionId, jitsiParticipantId: 'endpoint-w' }));
    expect((await snapshot(p.host, p.sessionId)).version).toBe(before);
    await ok(p.host, p.sessionId, { type: 'setAccessMode', mode: 'everyone' });
    const up = await ok(v, p.sessionId, { type: 'joinStage' });
    okData(await request(v.socket, 'jitsi:joined', { sessionId: p.sessionId, jitsiParticipantId: 'endpoint-v' }));
    await heard(p.host, up.version + 1);
    expect(p.host.changes.at(-1)!.changed).toEqual([expect.objectContaining({ userId: v.userId, jitsiParticipantId: 'endpoint-v', position: 'on-stage' })]);
    const joined = await ok(w, p.sessionId, { type: 'joinStage' });
    await heard(p.host, joined.version);
    expect(p.host.changes.at(-1)!.changed).toEqual([expect.objectContaining({ userId: w.userId, jitsiParticipantId: 'endpoint-w' })]);
  });

  it('interactive rooms have no stage; outsiders and bad commands are refused with nothing written', async () => {
    const interactive = await panel(students.slice(0, 1), 'interactive');
    expect(await command(interactive.host, interactive.sessionId, { type: 'setAccessMode', mode: 'everyone' })).toMatchObject({ ok: false, error: { code: 'NOT_A_PANEL_SESSION' } });
    const p = await panel(students.slice(0, 1));
    const outsider = await connectMeeting(fx.toolUrl, students[2]);
    sockets.push(outsider);
    const version = (await snapshot(p.host, p.sessionId)).version;
    expect(await request(outsider, 'stage:command', { sessionId: p.sessionId, command: { type: 'joinStage' } })).toMatchObject({ ok: false, error: { code: 'NOT_IN_SESSION' } });
    expect(await request(outsider, 'stage:snapshot', { sessionId: p.sessionId })).toMatchObject({ ok: false, error: { code: 'NOT_IN_SESSION' } });
    const bad = await request(p.host.socket, 'stage:command', { sessionId: p.sessionId, command: { type: 'invite' } as unknown as StageCommandBody });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'command.targetUserId' })] } });
    expect((await snapshot(p.host, p.sessionId)).version).toBe(version);
  });
});
