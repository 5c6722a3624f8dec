import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { jwtVerify } from 'jose';
import { accountSettings, callApi, expectNoSeriousAxeViolations, restoreAccountSettings, restorePublicJitsi } from './support/admin';
import { embeddedMeeting, emitJitsiEvent, fakeJitsiRecords, installFakeJitsiNow, TEST_JITSI, useFakeJitsi, verifyAsJitsi } from './support/fake-jitsi';
import { COURSE_TITLE, expect, launchFromLms, test } from './support/fixtures';
import { BROWSER_ZONE, createRoomFromChannel, msToNextQuarter, openRoomFromChannel, roomItem, uniqueRoomName } from './support/rooms';

test.use({ timezoneId: BROWSER_ZONE });
// Four people and a handful of launches per test, and at most 75 s waiting out a quarter hour.
test.describe.configure({ timeout: 180_000 });

type Urls = { toolUrl: string; lmsUrl: string };

/** Another person in a browser of their own, with the recording Jitsi installed, launched from the Dev LMS. */
async function person(newUserContext: () => Promise<BrowserContext>, urls: Urls, name: string): Promise<Page> {
  const context = await newUserContext();
  await useFakeJitsi(context);
  const page = await context.newPage();
  await launchFromLms(page, urls, name);
  return page;
}

const meetingPage = (page: Page) => page.getByTestId('meeting-page');

/** From the channel: open the room and press Join (or Start Meeting). */
async function enterRoom(page: Page, urls: Urls, roomId: string, roomName: string, button: 'Join' | 'Start Meeting'): Promise<void> {
  await openRoomFromChannel(page, urls.toolUrl, roomId, roomName);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(meetingPage(page)).toBeVisible();
}

async function axe(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectNoSeriousAxeViolations(page, testInfo, name);
}

test.describe('meetings through the Dev LMS', () => {
  test('a student waits in early entry, is let in the moment the instructor starts, leaves to the course; the end reaches every open page', async ({ newUserContext, urls }, testInfo) => {
    const admin = await person(newUserContext, urls, 'Grace Admin');
    const configured = await callApi(admin, 'PUT', '/api/admin/jitsi', TEST_JITSI);
    expect(configured.status, configured.text).toBe(200);
    try {
      // The default time frame starts at the next quarter hour: keep clear of a boundary so the
      // start stays in the future (early entry) until the student has entered.
      const untilQuarter = msToNextQuarter();
      if (untilQuarter < 75_000) await admin.waitForTimeout(untilQuarter + 500);

      const instructor = await person(newUserContext, urls, 'Ada Instructor');
      const name = uniqueRoomName('Panel lecture');
      const roomId = await createRoomFromChannel(instructor, urls.toolUrl, { name, mode: 'Panel room', scheduled: true });
      await expect(instructor.getByTestId('room-status')).toHaveAttribute('data-status', 'early-entry');
      await instructor.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: COURSE_TITLE }).click();

      const student = await person(newUserContext, urls, 'Sam Student');
      await enterRoom(student, urls, roomId, name, 'Join');
      await expect(meetingPage(student)).toHaveAttribute('data-state', 'waiting');
      // Early entry: the room opens by itself at its start, so the page says when and counts down.
      await expect(student.getByRole('status').filter({ hasText: /^The meeting starts by itself at \d\d:\d\d\. A host may start it earlier\.$/ })).toBeVisible();
      await expect(student.getByTestId('waiting-countdown')).toHaveText(/^Starts in \d{1,2}:\d\d$/);
      await expect(student.getByTestId('waiting-count')).toHaveText('1 person waiting');
      await axe(student, testInfo, 'waiting room');
      // A reload would lose this mark: the page must move into the meeting by itself.
      await student.evaluate(() => Object.assign(window, { __sameDocument: true }));

      await enterRoom(instructor, urls, roomId, name, 'Start Meeting');
      await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'admitted');
      const hostJitsi = await embeddedMeeting(instructor);

      await expect(meetingPage(student)).toHaveAttribute('data-state', 'admitted');
      const studentJitsi = await embeddedMeeting(student);
      expect(await student.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(studentJitsi.createdAt - hostJitsi.createdAt, 'admitted within a second of the start').toBeLessThan(1_000);

      // The JWTs, checked as the Jitsi deployment would.
      const studentClaims = await verifyAsJitsi(studentJitsi);
      expect(studentClaims.moderator).toBe(false);
      expect(studentClaims.context.user).toMatchObject({ name: 'Sam Student', moderator: false, affiliation: 'member' });
      const hostClaims = await verifyAsJitsi(hostJitsi);
      expect(hostClaims.moderator).toBe(true);
      expect(hostClaims.context.user).toMatchObject({ name: 'Ada Instructor', affiliation: 'owner' });
      expect(studentJitsi.options.roomName).toBe(hostJitsi.options.roomName);
      // A panel viewer: muted, without camera and microphone buttons, after the device check.
      expect(studentJitsi.options.configOverwrite).toMatchObject({ startWithAudioMuted: true, startWithVideoMuted: true, prejoinConfig: { enabled: true } });
      expect(studentJitsi.options.configOverwrite.toolbarButtons).not.toContain('microphone');
      expect(studentJitsi.options.configOverwrite.toolbarButtons).not.toContain('camera');
      expect(hostJitsi.options.configOverwrite.toolbarButtons).toContain('microphone');
      await axe(instructor, testInfo, 'meeting page (host)');

      // A second participant comes in directly: the session is live.
      const other = await person(newUserContext, urls, 'Priya Patel');
      await enterRoom(other, urls, roomId, name, 'Join');
      await expect(meetingPage(other)).toHaveAttribute('data-state', 'admitted');

      await student.getByRole('button', { name: 'Leave session', exact: true }).click();
      await expect(student.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
      expect((await fakeJitsiRecords(student))[0].disposed, 'the page disposes the Jitsi API when it leaves').toBe(true);
      // Back after Leave does not walk into the call again: leaving replaced the meeting page's history entry.
      await student.goBack();
      await expect(student).not.toHaveURL(/\/meeting$/);
      await expect(meetingPage(student)).toHaveCount(0);
      await axe(student, testInfo, 'after Leave and Back');

      await instructor.getByRole('button', { name: 'End session for everyone', exact: true }).click();
      const dialog = instructor.getByRole('dialog', { name: 'End the session for everyone?' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'End session', exact: true }).click();
      for (const page of [other, instructor]) {
        await expect(meetingPage(page)).toHaveAttribute('data-state', 'ended');
        await expect(page.getByRole('heading', { level: 1, name: 'This session has ended' })).toBeVisible();
      }
      expect((await fakeJitsiRecords(other))[0].disposed).toBe(true);
      await axe(other, testInfo, 'session ended');
    } finally {
      await restorePublicJitsi(admin);
    }
  });

  test('an admitted page renews its Jitsi token while it stays in the meeting, and stops when it leaves', async ({ newUserContext, urls }) => {
    const admin = await person(newUserContext, urls, 'Grace Admin');
    const configured = await callApi(admin, 'PUT', '/api/admin/jitsi', TEST_JITSI);
    expect(configured.status, configured.text).toBe(200);
    try {
      const context = await newUserContext();
      await useFakeJitsi(context);
      // Every 1.5 s instead of every five minutes: the page's test setting (apps/web/src/meetings/jitsi-token-renewal.ts).
      await context.addInitScript(() => sessionStorage.setItem('lti-rooms.jitsi-token-renewal-ms', '1500'));
      const instructor = await context.newPage();
      // Socket.IO over WebSocket: '42<id>["session:token",…]' out, '43<id>[{ok, data}]' back.
      const asked: string[] = [];
      const answers: Array<{ ok: boolean; data?: { jwt: string; sessionId: string } }> = [];
      instructor.on('websocket', (socket) => {
        socket.on('framesent', ({ payload }) => {
          if (String(payload).includes('"session:token"')) asked.push(String(payload));
        });
        socket.on('framereceived', ({ payload }) => {
          const ack = /^43\d+(\[.*\])$/s.exec(String(payload));
          if (ack && ack[1].includes('"jwt"') && ack[1].includes('"expiresAt"')) answers.push(JSON.parse(ack[1])[0]);
        });
      });
      await launchFromLms(instructor, urls, 'Ada Instructor');
      const name = uniqueRoomName('Renewed tokens');
      await createRoomFromChannel(instructor, urls.toolUrl, { name, mode: 'Interactive room' });
      await instructor.getByRole('button', { name: 'Start Meeting', exact: true }).click();
      await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'admitted');
      const embedded = await embeddedMeeting(instructor);

      await expect.poll(() => answers.length, { message: 'the page asks for fresh tokens by itself', timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      const latest = answers[answers.length - 1];
      expect(latest.ok).toBe(true);
      const { payload } = await jwtVerify(latest.data!.jwt, new TextEncoder().encode(TEST_JITSI.appSecret), {
        audience: 'jitsi', issuer: TEST_JITSI.appId, subject: TEST_JITSI.domain, algorithms: ['HS256'],
      });
      expect(payload).toMatchObject({ room: embedded.options.roomName, moderator: true });
      expect(payload.exp! - payload.iat!).toBe(15 * 60);
      // Only one video: renewals do not rebuild the running conference.
      expect(await fakeJitsiRecords(instructor)).toHaveLength(1);

      await instructor.getByRole('button', { name: 'Leave session', exact: true }).click();
      await expect(instructor.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
      const afterLeaving = asked.length;
      await instructor.waitForTimeout(4_000);
      expect(asked.length, 'no renewal after leaving').toBe(afterLeaving);
    } finally {
      await restorePublicJitsi(admin);
    }
  });

  test('interactive room: a camera past the cap is turned off again with a notice; a full room says so', async ({ newUserContext, urls }, testInfo) => {
    const admin = await person(newUserContext, urls, 'Grace Admin');
    const before = await accountSettings(admin);
    const lowered = await callApi(admin, 'PUT', '/api/admin/settings', { ...before, caps: { ...before.caps, interactiveTotal: 2, interactiveCameraOn: 1 } });
    expect(lowered.status, lowered.text).toBe(200);
    try {
      const instructor = await person(newUserContext, urls, 'Ada Instructor');
      const name = uniqueRoomName('Workshop');
      const roomId = await createRoomFromChannel(instructor, urls.toolUrl, { name, mode: 'Interactive room' });
      await instructor.getByRole('button', { name: 'Start Meeting', exact: true }).click();
      await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'admitted');

      const [first, second, third] = await Promise.all(['Liam Murphy', 'Amara Okafor', 'Jonas Becker'].map((n) => person(newUserContext, urls, n)));
      for (const page of [first, second]) {
        await enterRoom(page, urls, roomId, name, 'Join');
        await expect(meetingPage(page)).toHaveAttribute('data-state', 'admitted');
        await embeddedMeeting(page);
      }

      // The first camera takes the only slot; the second is switched off again by the page.
      await emitJitsiEvent(first, 'videoMuteStatusChanged', { muted: false });
      await emitJitsiEvent(second, 'videoMuteStatusChanged', { muted: false });
      await expect(second.getByRole('status').filter({ hasText: 'The camera limit of 1 is reached: you can still speak and watch.' })).toBeVisible();
      await expect.poll(async () => (await embeddedMeeting(second)).commands.map((c) => c.name)).toContain('toggleVideo');
      expect((await embeddedMeeting(first)).commands.map((c) => c.name)).not.toContain('toggleVideo');
      await axe(second, testInfo, 'meeting page with the camera notice');

      await enterRoom(third, urls, roomId, name, 'Join');
      await expect(meetingPage(third)).toHaveAttribute('data-state', 'full');
      await expect(third.getByRole('heading', { level: 1, name: 'This room is full' })).toBeVisible();
      await expect(third.getByText('All 2 places are taken.')).toBeVisible();
      await axe(third, testInfo, 'room is full');

      // A place frees: "Try again" gets in.
      await first.getByRole('button', { name: 'Leave session', exact: true }).click();
      await expect(first.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
      await third.getByRole('button', { name: 'Try again', exact: true }).click();
      await expect(meetingPage(third)).toHaveAttribute('data-state', 'admitted');
    } finally {
      await restoreAccountSettings(admin, before);
    }
  });

  test('the course page tells the truth about a running session: who is there and whether a host is; nobody there is not live', async ({ newUserContext, urls }, testInfo) => {
    const instructor = await person(newUserContext, urls, 'Ada Instructor');
    const name = uniqueRoomName('Truthful status');
    const roomId = await createRoomFromChannel(instructor, urls.toolUrl, { name });
    await instructor.getByRole('button', { name: 'Start Meeting', exact: true }).click();
    await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'admitted');

    const student = await person(newUserContext, urls, 'Sam Student');
    const badge = roomItem(student, roomId).getByTestId('room-status');
    await expect(badge).toHaveText('Live · 1 person · host present');
    await axe(student, testInfo, 'course page with a live room');

    await enterRoom(student, urls, roomId, name, 'Join');
    await expect(meetingPage(student)).toHaveAttribute('data-state', 'admitted');
    await instructor.getByRole('button', { name: 'Leave session', exact: true }).click();
    await expect(instructor.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
    // The host left; the session runs on until the host-absence timeout, and says so.
    await expect(roomItem(instructor, roomId).getByTestId('room-status')).toHaveText('Live · 1 person · waiting for a host');

    await student.getByRole('button', { name: 'Leave session', exact: true }).click();
    await expect(student.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
    await instructor.reload();
    await expect(roomItem(instructor, roomId)).toBeVisible();
    await expect(roomItem(instructor, roomId).getByTestId('room-status')).not.toHaveAttribute('data-status', 'live');
    await expect(roomItem(instructor, roomId)).not.toContainText('Live');
  });

  test('hosts see who waits: on the course and entry pages before they start, and in the meeting a locked room with Admit and Admit all', async ({ newUserContext, urls }, testInfo) => {
    const instructor = await person(newUserContext, urls, 'Ada Instructor');
    const name = uniqueRoomName('Office hours');
    const roomId = await createRoomFromChannel(instructor, urls.toolUrl, { name });

    // A student arrives before the host: the host's pages say so without opening the meeting.
    const sam = await person(newUserContext, urls, 'Sam Student');
    await enterRoom(sam, urls, roomId, name, 'Join');
    await expect(meetingPage(sam)).toHaveAttribute('data-state', 'waiting');
    await expect(instructor.getByTestId('room-waiting')).toHaveText('1 person waiting');
    await instructor.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: COURSE_TITLE }).click();
    await expect(roomItem(instructor, roomId).getByTestId('room-waiting')).toHaveText('1 person waiting');
    await axe(instructor, testInfo, 'course page with people waiting');

    await enterRoom(instructor, urls, roomId, name, 'Start Meeting');
    await expect(meetingPage(sam)).toHaveAttribute('data-state', 'admitted');

    // Lock room: later arrivals wait, and are told why.
    const controls = instructor.getByTestId('waiting-room-controls');
    await controls.getByRole('switch', { name: 'Lock room' }).check();
    await expect(controls.getByRole('switch', { name: 'Lock room' })).toHaveAccessibleDescription('New arrivals wait until a host admits them.');
    const [priya, liam, amara] = await Promise.all(['Priya Patel', 'Liam Murphy', 'Amara Okafor'].map((who) => person(newUserContext, urls, who)));
    for (const page of [priya, liam, amara]) {
      await enterRoom(page, urls, roomId, name, 'Join');
      await expect(meetingPage(page)).toHaveAttribute('data-state', 'waiting');
    }
    await expect(priya.getByRole('status').filter({ hasText: 'The meeting is under way and the room is locked: a host will let you in.' })).toBeVisible();
    await axe(priya, testInfo, 'waiting room of a locked meeting');
    await expect(controls.getByTestId('host-waiting-count')).toHaveText('3 people waiting');
    await expect(controls.getByRole('list', { name: 'Waiting to be let in' }).getByRole('listitem')).toHaveCount(3);
    await axe(instructor, testInfo, 'meeting page of a host with people waiting');

    await controls.getByRole('button', { name: 'Admit Priya Patel' }).click();
    await expect(meetingPage(priya)).toHaveAttribute('data-state', 'admitted');
    await expect(controls.getByTestId('host-waiting-count')).toHaveText('2 people waiting');
    await expect(meetingPage(liam)).toHaveAttribute('data-state', 'waiting');

    await controls.getByRole('button', { name: 'Admit all' }).click();
    for (const page of [liam, amara]) await expect(meetingPage(page)).toHaveAttribute('data-state', 'admitted');
    await expect(controls.getByTestId('host-waiting-count')).toHaveText('Nobody is waiting.');
  });

  test.describe('a video that does not come up', () => {
    /** An instructor starts a new always-open room in a browser set up by `prepare`; the page goes into the meeting. */
    async function startMeeting(newUserContext: () => Promise<BrowserContext>, urls: Urls, prepare: (context: BrowserContext) => Promise<void>): Promise<Page> {
      const context = await newUserContext();
      await prepare(context);
      const instructor = await context.newPage();
      await launchFromLms(instructor, urls, 'Ada Instructor');
      await createRoomFromChannel(instructor, urls.toolUrl, { name: uniqueRoomName('Video check') });
      await instructor.getByRole('button', { name: 'Start Meeting', exact: true }).click();
      await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'admitted');
      return instructor;
    }

    test('Jitsi unreachable (its script fails to load): the page names the service at once, offers Retry, a tab of its own and, to a host, where it is set up; Retry loads it once it is reachable', async ({ newUserContext, urls }, testInfo) => {
      // No fake: the page asks meet.jit.si (the trial's service) for external_api.js, and the suite's network guard refuses it, as a campus firewall would.
      const instructor = await startMeeting(newUserContext, urls, async () => undefined);
      const alert = instructor.getByRole('alert').filter({ hasText: 'The video could not be loaded' });
      await expect(alert).toBeVisible();
      await expect(alert.getByTestId('video-trouble')).toHaveText(/^The video service at meet\.jit\.si could not be reached\./);
      await expect(alert.getByRole('link', { name: 'Open the video in a new tab' })).toHaveAttribute('href', /^https:\/\/meet\.jit\.si\/[^/?]+$/);
      await expect(alert).toContainText('ask your LTI Rooms administrator to check the video service under Administration → Jitsi');
      await expect(instructor.getByText('Loading the video…')).toHaveCount(0);
      await axe(instructor, testInfo, 'video unreachable');

      // The service is back (here: the IFrame API is there now); Retry embeds the meeting.
      await installFakeJitsiNow(instructor);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await embeddedMeeting(instructor);
      await expect(alert).toHaveCount(0);
    });

    test('Jitsi loads but never shows its first screen: after 30 s the page says the service did not answer; it clears once Jitsi answers; a blocked camera is explained', async ({ newUserContext, urls }, testInfo) => {
      // The page's clock is the test's (it runs on by itself until fast-forwarded): 30 s pass in an instant.
      const instructor = await startMeeting(newUserContext, urls, async (context) => {
        await context.clock.install();
        await useFakeJitsi(context, 'silent');
      });
      await embeddedMeeting(instructor);
      const alert = instructor.getByRole('alert').filter({ hasText: 'The video could not be loaded' });
      await instructor.clock.fastForward(29_000);
      await expect(alert).toHaveCount(0);
      await instructor.clock.fastForward(2_000);
      await expect(alert.getByTestId('video-trouble')).toHaveText('The video service at meet.jit.si did not answer within 30 seconds.');
      await axe(instructor, testInfo, 'video did not answer');

      // Jitsi was only slow: its prejoin screen shows, and the alert goes.
      await emitJitsiEvent(instructor, 'prejoinScreenLoaded');
      await expect(alert).toHaveCount(0);

      // The browser refused the camera: Jitsi reports it, the page says what to do.
      await emitJitsiEvent(instructor, 'cameraError', { type: 'gum.permission_denied', message: 'Permission denied' });
      await expect(instructor.getByRole('status').filter({ hasText: 'Your browser blocks the camera for this meeting.' })).toBeVisible();
      await axe(instructor, testInfo, 'camera blocked');
    });
  });
});
