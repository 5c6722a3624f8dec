import ExcelJS from 'exceljs';
import { AGS_MEDIA_TYPE as AGS, CLAIM } from '@lti-rooms/domain';
import {
  api, connectMeeting, cookieHeader, launch, Launched, MeetingSocket, okData, request, startToolWithLms, storedFrame, TestClock, ToolFixture, roomOwnedBy,
} from '@lti-rooms/test-support';

/**
 * Attendance that counts (issue 15) on a real database, through real signed launches from
 * the dev LMS, which is also the AGS platform the grades go to. The clock is the test's:
 * heartbeats and the grade worker's ticks are driven by hand.
 */
const clock = new TestClock();
let fx: ToolFixture;
let instructor: Launched;
let student1: Launched;
let student2: Launched;
const sockets: MeetingSocket[] = [];
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
const AGS_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope';

async function connect(who: Launched): Promise<MeetingSocket> {
  const socket = await connectMeeting(fx.toolUrl, who);
  sockets.push(socket);
  return socket;
}

/** Time passes while everyone stays connected: their processes keep vouching for them. */
async function passMinutes(minutes: number): Promise<void> {
  for (let elapsed = 0; elapsed < minutes; elapsed += 0.25) {
    clock.advanceMinutes(Math.min(0.25, minutes - elapsed));
    await fx.tool.realtime.heartbeat();
  }
}

async function enter(socket: MeetingSocket, roomId: string): Promise<string> {
  const entered = okData(await request(socket, 'session:enter', { roomId }));
  if (entered.kind !== 'admitted') throw new Error(`expected to be let in, got ${entered.kind}`);
  return entered.meeting.sessionId;
}

const nameOf = (userId: string) => fx.lms.users.find((user) => user.id === userId)!.name;

/** The learners of the dev LMS's course: the roster the tool reads with NRPS. */
const rosterLearners = () => fx.lms.users.filter((user) => user.roles.includes(LEARNER));

interface ScriptedSession { roomId: string; sessionId: string }

/**
 * A 42-minute scheduled session: student01 is there from the start, drops at 10 min and is
 * back 40 s later (one reconnect), leaves at 30; student02 comes 5 minutes late with the
 * camera on from 6 to 16 and stays to the end; the instructor ends it at 42.
 */
async function scriptedSession(grading?: unknown): Promise<ScriptedSession> {
  const room = await roomOwnedBy(fx, instructor, { name: 'Seminar', mode: 'interactive', availability: storedFrame(0, 1, clock.now()) });
  if (grading) expect((await api(fx.toolUrl, instructor, 'PUT', `/api/rooms/${room.id}/grading`, grading)).status).toBe(200);
  const host = await connect(instructor);
  const sessionId = await enter(host, room.id);
  const first = await connect(student1);
  await enter(first, room.id);
  await passMinutes(5);
  const second = await connect(student2);
  await enter(second, room.id);
  await passMinutes(1);
  expect(okData(await request(second, 'camera:set', { sessionId, on: true }))).toMatchObject({ granted: true });
  await passMinutes(4);
  okData(await request(first, 'session:leave', { sessionId }));
  clock.advance(40_000);
  await enter(first, room.id);
  await passMinutes(6 - 40 / 60);
  okData(await request(second, 'camera:set', { sessionId, on: false }));
  await passMinutes(14);
  okData(await request(first, 'session:leave', { sessionId }));
  await passMinutes(12);
  okData(await request(host, 'session:end', { sessionId }));
  return { roomId: room.id, sessionId };
}

beforeAll(async () => {
  fx = await startToolWithLms({ clock: clock.now });
  [instructor, student1, student2] = await Promise.all(['instructor', 'student01', 'student02'].map((u) => launch(fx.toolUrl, fx.lms, u)));
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => fx?.close());

describe('attendance per session', () => {
  let script: ScriptedSession;
  beforeAll(async () => {
    script = await scriptedSession();
  });

  it('segments merge a reconnect; minutes, share of the session, camera time and lateness per person', async () => {
    const { json } = await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${script.roomId}/attendance`);
    const [session] = json.sessions;
    expect(session).toMatchObject({ id: script.sessionId, status: 'ended', mode: 'interactive', durationMinutes: 42 });
    const byName = new Map(session.rows.map((row: { name: string }) => [row.name, row]));
    const start = new Date(session.startedAt).getTime();
    const minutesIn = (iso: string | null) => (iso === null ? null : Math.round((new Date(iso).getTime() - start) / 60_000));
    const first = byName.get(nameOf('student01')) as Record<string, unknown> & { segments: Array<{ from: string; to: string }> };
    expect(first.segments.map((s) => [minutesIn(s.from), minutesIn(s.to)])).toEqual([[0, 30]]);
    expect(first).toMatchObject({ minutesPresent: 29, percentOfSession: 70, lateMinutes: 0, cameraOnMinutes: 0, onStageMinutes: null });
    const second = byName.get(nameOf('student02')) as Record<string, unknown> & { segments: Array<{ from: string; to: string }> };
    expect(second.segments.map((s) => [minutesIn(s.from), minutesIn(s.to)])).toEqual([[5, 42]]);
    expect(second).toMatchObject({ minutesPresent: 37, percentOfSession: 88, lateMinutes: 5, cameraOnMinutes: 10 });
  });

  it('panel sessions count minutes on stage: the host from the start, a viewer from the moment they accept an invitation until they leave the stage', async () => {
    const room = await roomOwnedBy(fx, instructor, { name: 'Panel', mode: 'panel' });
    const host = await connect(instructor);
    const sessionId = await enter(host, room.id);
    const viewer = await connect(student1);
    await enter(viewer, room.id);
    const studentId = (await api(fx.toolUrl, student1, 'GET', '/api/me')).json.user.id;
    await passMinutes(3);
    okData(await request(host, 'stage:command', { sessionId, command: { type: 'invite', targetUserId: studentId } }));
    okData(await request(viewer, 'stage:command', { sessionId, command: { type: 'acceptInvite' } }));
    await passMinutes(6);
    okData(await request(viewer, 'stage:command', { sessionId, command: { type: 'leaveStage' } }));
    await passMinutes(2);
    okData(await request(host, 'session:end', { sessionId }));
    const [session] = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${room.id}/attendance`)).json.sessions;
    const byName = new Map(session.rows.map((row: { name: string; onStageMinutes: number }) => [row.name, row.onStageMinutes]));
    expect(session.mode).toBe('panel');
    expect(byName.get(nameOf('student01'))).toBe(6);
    expect(byName.get(nameOf('instructor'))).toBe(11);
  });

  it('the absent are the roster\'s learners who never came', async () => {
    const { json } = await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${script.roomId}/attendance`);
    const expected = rosterLearners().filter((u) => !['student01', 'student02'].includes(u.id)).map((u) => u.name).sort((a, b) => a.localeCompare(b));
    expect(expected.length).toBeGreaterThan(0);
    expect(json.sessions[0].absentees.map((a: { name: string }) => a.name)).toEqual(expected);
  });

  it('the room matrix has a row per learner with the minutes of each session', async () => {
    const { json } = await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${script.roomId}/attendance/matrix`);
    expect(json.sessions).toEqual([expect.objectContaining({ id: script.sessionId, presentCount: 2 })]);
    const rows = new Map(json.students.map((s: { name: string }) => [s.name, s]));
    expect(rows.size).toBe(rosterLearners().length);
    expect(rows.get(nameOf('student02'))).toMatchObject({ totalMinutes: 37, sessionsAttended: 1, cells: [{ sessionId: script.sessionId, minutesPresent: 37, percentOfSession: 88 }] });
    expect(rows.get(nameOf('student03'))).toMatchObject({ totalMinutes: 0, sessionsAttended: 0 });
  });

  it('the room matrix downloads as XLSX: a row per learner, the totals, and who came per session', async () => {
    const xlsx = await fetch(`${fx.toolUrl}/api/rooms/${script.roomId}/attendance/matrix.xlsx?zone=Europe/Paris`, { headers: { authorization: `Bearer ${instructor.ltik}`, cookie: cookieHeader(instructor) } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Name', expect.stringMatching(/^Session \(Europe\/Paris\) \d{4}-\d\d-\d\d \d\d:\d\d$/), 'Total minutes', 'Sessions attended']);
    const lines = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => (row.values as unknown[]).slice(1));
    expect(lines).toHaveLength(rosterLearners().length + 1);
    expect(lines).toContainEqual([nameOf('student02'), 37, 37, 1]);
    expect(lines).toContainEqual([nameOf('student03'), 0, 0, 0]);
    expect(lines[lines.length - 1]).toEqual(['Present', 2]);
  });

  it('downloads as XLSX; students see only their own line, never the register', async () => {
    const xlsx = await fetch(`${fx.toolUrl}/api/rooms/${script.roomId}/sessions/${script.sessionId}/attendance.xlsx?zone=Europe/Paris`, { headers: { authorization: `Bearer ${instructor.ltik}`, cookie: cookieHeader(instructor) } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const register = workbook.worksheets[0];
    expect(register.getRow(1).getCell(3).text).toBe('First join (Europe/Paris)');
    const student02 = register.getRows(2, register.rowCount - 1)!.find((row) => row.getCell(1).text === nameOf('student02'))!;
    expect([student02.getCell(5).value, student02.getCell(6).value, student02.getCell(8).value]).toEqual([37, 88, 5]);
    expect(workbook.worksheets[1].getColumn(1).values.filter(Boolean)).toHaveLength(1 + rosterLearners().length - 2);
    for (const path of ['attendance', 'attendance/matrix', 'grades', 'grading']) {
      expect({ path, status: (await api(fx.toolUrl, student2, 'GET', `/api/rooms/${script.roomId}/${path}`)).status }).toEqual({ path, status: 403 });
    }
    const mine = await api(fx.toolUrl, student2, 'GET', `/api/rooms/${script.roomId}/attendance/mine`);
    expect(mine.status).toBe(200);
    expect(mine.json).toEqual({
      grading: { enabled: false, maxScore: 100, aggregation: 'perSession' },
      sessions: [{ id: script.sessionId, startedAt: expect.any(String), endedAt: expect.any(String), minutesPresent: 37, percentOfSession: 88, lateMinutes: 5, score: null }],
      roomScore: null,
    });
  });
});

describe('grades to the gradebook (AGS)', () => {
  const rule = { enabled: true, rule: { kind: 'minimumPercent', percent: 75 }, aggregation: 'perSession', maxScore: 10 };

  it('the launch\'s AGS claim is kept: the grading tab says the course can take grades', async () => {
    const room = await roomOwnedBy(fx, instructor, { name: 'Claim' });
    const { json } = await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${room.id}/grading`);
    expect(json.channels).toEqual([expect.objectContaining({ gradeService: 'ready' })]);
    const [stored] = await fx.tool.db.select<{ lineitems_url: string; scopes: string }>('SELECT lineitems_url, scopes FROM ags_endpoints');
    const claim = fx.lms.buildIdTokenClaims('instructor', 'n')[CLAIM.ags] as { lineitems: string; scope: string[] };
    expect(stored.lineitems_url).toBe(claim.lineitems);
    expect(stored.scopes.split(' ').sort()).toEqual([...claim.scope].sort());
  });

  it('refuses a rule out of bounds with a 400 naming the field, and writes nothing', async () => {
    const room = await roomOwnedBy(fx, instructor, { name: 'Bad rule' });
    const answer = await api(fx.toolUrl, instructor, 'PUT', `/api/rooms/${room.id}/grading`, { ...rule, rule: { kind: 'minimumPercent', percent: 101 } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json)).toContain('percent');
    expect(await fx.countRows('room_grading')).toBe(0);
  });

  it('after the session ends each learner\'s score reaches the gradebook once, absentees with 0', async () => {
    const { roomId, sessionId } = await scriptedSession(rule);
    const [job] = await fx.tool.db.select<{ status: string }>('SELECT status FROM grade_jobs WHERE session_id = :sessionId', { sessionId });
    expect(job).toEqual({ status: 'pending' });
    await fx.tool.grades.tick();
    const item = lineItemFor(roomId, sessionId);
    const scores = scoresOf(item);
    // student01 was present 70 % (< 75 %): 0; student02 88 %: full marks; the rest never came.
    expect(scores.get('student01')).toBe(0);
    expect(scores.get('student02')).toBe(10);
    for (const learner of rosterLearners().filter((u) => !['student01', 'student02'].includes(u.id))) expect(scores.get(learner.id)).toBe(0);
    expect(scores.has('instructor')).toBe(false);
    const deliveries = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries;
    expect(deliveries).toEqual([expect.objectContaining({ sessionId, state: 'done', total: rosterLearners().length, sent: rosterLearners().length, pending: 0 })]);
    await fx.tool.grades.tick();
    expect(postsFor(item).length).toBe(rosterLearners().length);
  });

  it('the tool\'s AGS requests are the 2.0 specification\'s: media types, the scope each call needs, the score\'s fields', async () => {
    const { roomId, sessionId } = await scriptedSession(rule);
    const before = fx.lms.gradebook(fx.lms.course.id).requests.length;
    await fx.tool.grades.tick();
    const requests = fx.lms.gradebook(fx.lms.course.id).requests.slice(before);
    const item = lineItemFor(roomId, sessionId);
    const lineItemsPath = new URL(claimOf('lineitems')).pathname;
    // Find the room's column first (so a lost answer never makes a second), then create it (3.2), then one score per learner (3.4).
    expect(requests[0]).toMatchObject({ method: 'GET', accept: AGS.lineItemContainer, status: 200 });
    expect(requests[0].path).toBe(`${lineItemsPath}?resource_id=${encodeURIComponent(`${roomId}:${sessionId}`)}&tag=lti-rooms-attendance`);
    expect(requests[0].tokenScopes).toContain(`${AGS_SCOPE}/lineitem`);
    expect(requests[1]).toMatchObject({ method: 'POST', path: lineItemsPath, contentType: AGS.lineItem, accept: AGS.lineItem, status: 201 });
    const scores = requests.slice(2);
    expect(scores).toHaveLength(rosterLearners().length);
    for (const post of scores) {
      expect(post).toMatchObject({ method: 'POST', path: `${new URL(item.id).pathname}/scores`, contentType: AGS.score, status: 204 });
      expect(post.tokenScopes).toContain(`${AGS_SCOPE}/score`);
    }
    expect(item).toMatchObject({ scoreMaximum: 10, tag: 'lti-rooms-attendance', resourceId: `${roomId}:${sessionId}` });
    const sent = item.scoreHistory.find((post) => post.userId === 'student02')!;
    expect(Object.keys(sent).sort()).toEqual(['activityProgress', 'comment', 'gradingProgress', 'scoreGiven', 'scoreMaximum', 'timestamp', 'userId']);
    expect(sent).toMatchObject({ activityProgress: 'Completed', gradingProgress: 'FullyGraded', scoreGiven: 10, scoreMaximum: 10, comment: 'Attendance: 37 of 42 minutes present (88%).' });
    // ISO 8601 with an offset and subsecond precision, the same for every learner of the session.
    expect(sent.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(new Set(item.scoreHistory.map((post) => post.timestamp)).size).toBe(1);
  });

  it('a platform answering 503 twice is retried after the backoff, and each grade still arrives once', async () => {
    const { roomId, sessionId } = await scriptedSession({ ...rule, rule: { kind: 'proportional' } });
    fx.lms.failNextScorePosts(503, 2);
    await fx.tool.grades.tick();
    let [delivery] = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries;
    expect(delivery).toMatchObject({ state: 'sending', pending: 2, retryAt: expect.any(String) });
    await fx.tool.grades.tick();
    expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries[0]).toMatchObject({ pending: 2 });
    // Both were scheduled 30 s after their failure, a few milliseconds apart.
    clock.advance(new Date(delivery.retryAt).getTime() - clock.now().getTime() + 1000);
    await fx.tool.grades.tick();
    [delivery] = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries;
    expect(delivery).toMatchObject({ state: 'done', pending: 0, sent: rosterLearners().length });
    const item = lineItemFor(roomId, sessionId);
    const perUser = new Map<string, number>();
    for (const post of postsFor(item)) perUser.set(post.userId, (perUser.get(post.userId) ?? 0) + 1);
    expect([...perUser.values()].every((n) => n === 1)).toBe(true);
    // 37 of 42 minutes, give or take the milliseconds the test's requests take.
    expect(scoresOf(item).get('student02')).toBeCloseTo(8.81, 1);
  });

  it('a score whose answer was lost is sent again with its timestamp; a platform refusing a timestamp it has (as Canvas) is asked for the result, and the grade counts as arrived, once', async () => {
    const { roomId, sessionId } = await scriptedSession(rule);
    fx.lms.setStrictScoreTimestamps(true);
    try {
      fx.lms.failNextScorePosts(504, 1, true);
      const before = fx.lms.gradebook(fx.lms.course.id).requests.length;
      await fx.tool.grades.tick();
      const [lost] = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries;
      expect(lost).toMatchObject({ state: 'sending', pending: 1, retryAt: expect.any(String) });
      clock.advance(new Date(lost.retryAt).getTime() - clock.now().getTime() + 1000);
      await fx.tool.grades.tick();
      expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries[0]).toMatchObject({ state: 'done', sent: rosterLearners().length, refused: 0, refusal: null });
      const item = lineItemFor(roomId, sessionId);
      expect(item.scoreHistory).toHaveLength(rosterLearners().length);
      const requests = fx.lms.gradebook(fx.lms.course.id).requests.slice(before);
      expect(requests.filter((r) => r.path.endsWith('/scores')).map((r) => r.status).sort()).toEqual([...Array(rosterLearners().length - 1).fill(204), 400, 504].sort());
      expect(requests.filter((r) => r.path.includes('/results?user_id='))).toEqual([expect.objectContaining({ method: 'GET', accept: AGS.resultContainer, status: 200 })]);
    } finally {
      fx.lms.setStrictScoreTimestamps(false);
    }
  });

  it('a session that ended before grading was turned on is sent for the first time on request', async () => {
    const { roomId, sessionId } = await scriptedSession();
    expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json).toEqual({ deliveries: [], gradingEnabled: false });
    expect((await api(fx.toolUrl, instructor, 'PUT', `/api/rooms/${roomId}/grading`, rule)).status).toBe(200);
    expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json).toEqual({ deliveries: [], gradingEnabled: true });
    const sent = await api(fx.toolUrl, instructor, 'POST', `/api/rooms/${roomId}/sessions/${sessionId}/grades/resend`);
    expect(sent.json.deliveries).toEqual([expect.objectContaining({ sessionId, state: 'preparing' })]);
    expect((await api(fx.toolUrl, student2, 'POST', `/api/rooms/${roomId}/sessions/${sessionId}/grades/resend`)).status).toBe(403);
    await fx.tool.grades.tick();
    expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries[0]).toMatchObject({ state: 'done', sent: rosterLearners().length });
    expect(scoresOf(lineItemFor(roomId, sessionId)).get('student02')).toBe(10);
  });

  it('a column deleted in the LMS: the next delivery is refused as gone; Resend makes a new column and the grades arrive there', async () => {
    const { roomId, sessionId } = await scriptedSession(rule);
    await fx.tool.grades.tick();
    const first = lineItemFor(roomId, sessionId);
    fx.lms.deleteLineItem(fx.lms.course.id, first.id);
    const resend = () => api(fx.toolUrl, instructor, 'POST', `/api/rooms/${roomId}/sessions/${sessionId}/grades/resend`);
    expect((await resend()).status).toBe(200);
    await fx.tool.grades.tick();
    const [refused] = (await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries;
    expect(refused).toMatchObject({ state: 'refused', refusal: 'LINE_ITEM_GONE', sent: 0 });
    expect((await resend()).json.deliveries[0]).toMatchObject({ state: 'preparing' });
    await fx.tool.grades.tick();
    expect((await api(fx.toolUrl, instructor, 'GET', `/api/rooms/${roomId}/grades`)).json.deliveries[0]).toMatchObject({ state: 'done', refusal: null, sent: rosterLearners().length });
    const second = lineItemFor(roomId, sessionId);
    expect(second.id).not.toBe(first.id);
    expect(scoresOf(second).get('student02')).toBe(10);
  });

  it.each([
    ['grants no score scope', [`${AGS_SCOPE}/lineitem.readonly`], 'scopeMissing', 'SCOPE_MISSING'],
    ['offers no grade service', null, 'missing', 'NO_GRADE_SERVICE'],
  ])('a course whose launch %s: the Grading tab says so and the session\'s grades are refused with what to do', async (_label, agsScopes, service, refusal) => {
    const courseId = `course-${String(service)}`;
    const teacher = await launch(fx.toolUrl, fx.lms, 'instructor', { courseId, agsScopes: agsScopes as string[] | null });
    const room = await roomOwnedBy(fx, teacher, { name: `Graded in ${courseId}`, mode: 'interactive' });
    const grading = await api(fx.toolUrl, teacher, 'PUT', `/api/rooms/${room.id}/grading`, rule);
    expect(grading.json.channels).toEqual([expect.objectContaining({ gradeService: service })]);
    const host = await connect(teacher);
    const sessionId = await enter(host, room.id);
    okData(await request(host, 'session:end', { sessionId }));
    await fx.tool.grades.tick();
    expect((await api(fx.toolUrl, teacher, 'GET', `/api/rooms/${room.id}/grades`)).json.deliveries).toEqual([expect.objectContaining({ sessionId, state: 'refused', refusal })]);
  });
});

const claimOf = (field: 'lineitems') => (fx.lms.buildIdTokenClaims('instructor', 'n')[CLAIM.ags] as Record<string, string>)[field];

type Gradebook = ReturnType<ToolFixture['lms']['gradebook']>;
type LineItem = Gradebook['lineItems'][number];

function lineItemFor(roomId: string, sessionId: string): LineItem {
  const item = fx.lms.gradebook(fx.lms.course.id).lineItems.find((candidate) => candidate.resourceId === `${roomId}:${sessionId}`);
  if (!item) throw new Error(`no line item for ${roomId}:${sessionId}`);
  return item;
}

function scoresOf(item: LineItem): Map<string, number | undefined> {
  return new Map(item.results.map((result) => [result.userId, result.resultScore]));
}

function postsFor(item: LineItem) {
  return item.scoreHistory;
}
