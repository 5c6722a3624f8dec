import { randomUUID } from 'node:crypto';
import type { Page, TestInfo } from '@playwright/test';
import { DateTime } from 'luxon';
import { ADMINISTRATOR, launchAs, openAdministration, openAdminTab } from './support/admin';
import { seriousAccessibilityViolations } from './support/axe';
import { COURSE_TITLE, expect, launchFromLms, test } from './support/fixtures';
import {
  backToChannel,
  BROWSER_ZONE,
  createRoomFromChannel,
  datetimeLocalValue,
  expectedDefaultTimeFrame,
  launchInNewContext,
  msToNextQuarter,
  type NewRoom,
  openRoomFromChannel,
  roomItem,
  uniqueRoomName,
  waitForEntryPage,
} from './support/rooms';

// The default time frame is computed in the browser's zone: pin it, and compute the
// expectation in the same zone. Every context the tests open (newUserContext) inherits it.
test.use({ timezoneId: BROWSER_ZONE });
// Two or three people and several launches per test: more than the suite's default 30 s on a
// busy machine, while a test that hangs still fails within a minute.
test.describe.configure({ timeout: 60_000 });

/** The way into a room as the entry page offers it to the person looking at it. */
function entryActions(page: Page) {
  return {
    start: page.getByRole('button', { name: 'Start Meeting', exact: true }),
    join: page.getByRole('button', { name: 'Join', exact: true }),
    edit: page.getByRole('button', { name: 'Edit', exact: true }),
  };
}

/** The instructor launches from the Dev LMS and creates a room from the channel page; returns its id. */
async function instructorCreatesRoom(page: Page, urls: { toolUrl: string; lmsUrl: string }, room: NewRoom): Promise<string> {
  await launchFromLms(page, urls, 'Ada Instructor');
  return createRoomFromChannel(page, urls.toolUrl, room);
}

async function expectNoSeriousAxeViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page, testInfo, name);
  expect(violations, `serious/critical axe violations on ${name}:\n${violations.join('\n')}`).toEqual([]);
}

test.describe('rooms through the Dev LMS', () => {
  test('the instructor creates a scheduled panel room from the channel; the default time frame is the next quarter hour for one hour', async ({
    page,
    context,
    urls,
  }) => {
    const name = uniqueRoomName('Panel seminar');
    await launchFromLms(page, urls, 'Ada Instructor');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_ZONE);

    // Right before a quarter hour the form could preset a start that is already past when it
    // is sent: start the check just after the boundary instead (waits at most ~15 s, rarely).
    const untilQuarter = msToNextQuarter();
    if (untilQuarter < 15_000) await page.waitForTimeout(untilQuarter + 250);

    const before = DateTime.now();
    await page.getByRole('link', { name: 'Create a room' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create a Room');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('radio', { name: 'Panel room' }).check();
    await page.getByRole('radio', { name: 'Specific time frame' }).check();
    await expect(page.getByText('Times are in your time zone')).toContainText(BROWSER_ZONE);

    const start = page.getByLabel('Start', { exact: true });
    const end = page.getByLabel('End', { exact: true });
    await expect(start).toHaveAttribute('type', 'datetime-local');
    const shown = { start: await start.inputValue(), end: await end.inputValue() };
    const after = DateTime.now();
    // The form read the clock when it opened, between `before` and `after`: if a quarter hour
    // passed in between, either reading is right.
    const expectations = [before, after].map((now) => {
      const frame = expectedDefaultTimeFrame(now, BROWSER_ZONE);
      return { start: datetimeLocalValue(frame.start), end: datetimeLocalValue(frame.end) };
    });
    expect(expectations, `default time frame at ${before.setZone(BROWSER_ZONE).toISO()}`).toContainEqual(shown);
    const frameStart = DateTime.fromISO(shown.start, { zone: BROWSER_ZONE });
    const frameEnd = DateTime.fromISO(shown.end, { zone: BROWSER_ZONE });
    expect(frameEnd.diff(frameStart, 'minutes').minutes).toBe(60);

    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const roomId = await waitForEntryPage(page, urls.toolUrl, name);

    // The entry page: name, the schedule in the viewer's zone, the mode, the way in.
    const schedule = page.getByTestId('room-schedule');
    // The browser reads British English: "Fri, 4 Dec 2026, 16:00–17:00" (Intl's range, the end's date only on another day).
    await expect(schedule).toContainText(`${frameStart.setLocale('en-GB').toFormat('d LLL yyyy')}, ${frameStart.toFormat('HH:mm')}`);
    await expect(schedule).toContainText(frameStart.hasSame(frameEnd, 'day') ? `–${frameEnd.toFormat('HH:mm')}` : frameEnd.setLocale('en-GB').toFormat('d LLL yyyy, HH:mm'));
    await expect(schedule).toContainText(BROWSER_ZONE);
    // The start is at most 15 minutes away and early entry defaults to 15 minutes.
    await expect(page.getByTestId('room-status')).toHaveAttribute('data-status', /^(early-entry|open)$/);
    await expect(page.getByText('Panel room', { exact: false }).first()).toBeVisible();
    const actions = entryActions(page);
    await expect(actions.start).toBeVisible();
    await expect(actions.edit).toBeVisible();
    await expect(actions.join).toHaveCount(0);

    // Share copies the room's address (no launch token in it).
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(urls.toolUrl).origin });
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByTestId('share-status')).toContainText('Link copied — course members open it from the course.');
    await expect(page.getByTestId('share-status')).toContainText('To put the room on a course page, add LTI Rooms there as an activity or external tool and choose this room.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${urls.toolUrl}/rooms/${encodeURIComponent(roomId)}`);

    // Back in the course, the room is listed with its status.
    await backToChannel(page);
    const item = roomItem(page, roomId);
    await expect(item.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(item.getByTestId('room-status')).toHaveAttribute('data-status', /^(early-entry|open)$/);
    await expect(item).toContainText('Panel');
  });

  test('the default time frame on the spec examples: 10:50 -> 11:00-12:00, exactly 10:45 -> 11:00-12:00', async ({ page, urls }) => {
    await launchFromLms(page, urls, 'Ada Instructor');
    // Tomorrow in Berlin, so the preset is in the future for the server too and Create works.
    const tomorrow = DateTime.now().setZone(BROWSER_ZONE).plus({ days: 1 }).startOf('day');
    const cases = [
      { now: tomorrow.set({ hour: 10, minute: 50 }), start: '11:00', end: '12:00' },
      { now: tomorrow.set({ hour: 10, minute: 45 }), start: '11:00', end: '12:00' },
      { now: tomorrow.set({ hour: 10, minute: 44, second: 59 }), start: '10:45', end: '11:45' },
    ];
    const day = tomorrow.toFormat('yyyy-MM-dd');
    for (const { now, start, end } of cases) {
      // Only Date is fixed; timers run as usual. The form reads the clock when it opens.
      await page.clock.setFixedTime(now.toJSDate());
      await page.getByRole('link', { name: 'Create a room' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create a Room');
      await page.getByRole('radio', { name: 'Specific time frame' }).check();
      await expect(page.getByLabel('Start', { exact: true }), `Start at ${now.toFormat('HH:mm:ss')}`).toHaveValue(`${day}T${start}`);
      await expect(page.getByLabel('End', { exact: true }), `End at ${now.toFormat('HH:mm:ss')}`).toHaveValue(`${day}T${end}`);
      if (now.minute === 45) {
        // Saved as shown: the entry page shows the same wall-clock frame in the same zone.
        const name = uniqueRoomName('Quarter past ten');
        await page.getByLabel('Name', { exact: true }).fill(name);
        await page.getByRole('button', { name: 'Create', exact: true }).click();
        await waitForEntryPage(page, urls.toolUrl, name);
        await expect(page.getByTestId('room-schedule')).toContainText(`${now.setLocale('en-GB').toFormat('d LLL yyyy')}, ${start}–${end}`);
        await backToChannel(page);
      } else {
        await page.getByRole('button', { name: 'Cancel' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
      }
    }
  });

  test('a student sees the room and may join it, but neither edit nor start it', async ({ page, urls, newUserContext }) => {
    const name = uniqueRoomName('Student view');
    // Two people at once, as in a real course: the student's tab is open while the room is made.
    const [roomId, student] = await Promise.all([
      instructorCreatesRoom(page, urls, { name, mode: 'Panel room', scheduled: true }),
      launchInNewContext(newUserContext, urls, 'Sam Student'),
    ]);
    await expect(student.getByTestId('channel-role')).toHaveAttribute('data-role', 'participant');
    await expect(student.getByRole('link', { name: 'Create a room' })).toHaveCount(0);
    await student.reload();
    await expect(roomItem(student, roomId)).toBeVisible();
    await openRoomFromChannel(student, urls.toolUrl, roomId, name);

    const actions = entryActions(student);
    await expect(actions.join).toBeVisible();
    await expect(actions.start).toHaveCount(0);
    await expect(actions.edit).toHaveCount(0);

    // One like per user; it counts.
    await expect(student.getByTestId('like-button')).toHaveAccessibleName('Like 0');
    await student.getByTestId('like-button').click();
    await expect(student.getByTestId('like-button')).toHaveAccessibleName('Like 1');
    await expect(student.getByTestId('like-button')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the teaching assistant may start a meeting in the room but not edit it', async ({ page, urls, newUserContext }, testInfo) => {
    const name = uniqueRoomName('TA view');
    const [roomId, ta] = await Promise.all([
      instructorCreatesRoom(page, urls, { name, mode: 'Panel room', scheduled: true }),
      launchInNewContext(newUserContext, urls, 'Tomas Assistant'),
    ]);
    await expect(ta.getByTestId('channel-role')).toHaveAttribute('data-role', 'moderator');
    await ta.reload();
    await openRoomFromChannel(ta, urls.toolUrl, roomId, name);

    const actions = entryActions(ta);
    await expect(actions.start).toBeVisible();
    await expect(actions.edit).toHaveCount(0);
    await expect(actions.join).toHaveCount(0);

    // Nobody fills in a whole form only to be refused: the assistant manages no course, so My Rooms offers no "Create a room".
    await ta.goto(`${urls.toolUrl}/my-rooms`);
    await expect(ta.getByRole('heading', { level: 1 })).toHaveText('My Rooms');
    await expect(ta.getByText('Loading your rooms…')).toHaveCount(0);
    await expect(ta.getByRole('link', { name: 'Create a room' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(ta, testInfo, 'My Rooms of a teaching assistant');
    await ta.goto(`${urls.toolUrl}/my-rooms/new`);
    await expect(ta.getByText('You cannot create rooms', { exact: true })).toBeVisible();
    await expect(ta.getByRole('textbox', { name: /^Name/ })).toHaveCount(0);
  });

  test('the instructor adds the teaching assistant as co-editor from the roster; the assistant may then edit', async ({
    page,
    urls,
    newUserContext,
  }) => {
    const name = uniqueRoomName('Co-edited');
    const [roomId, ta] = await Promise.all([
      instructorCreatesRoom(page, urls, { name, mode: 'Panel room' }),
      launchInNewContext(newUserContext, urls, 'Tomas Assistant'),
    ]);
    await ta.reload();
    await openRoomFromChannel(ta, urls.toolUrl, roomId, name);
    await expect(entryActions(ta).start).toBeVisible();
    await expect(entryActions(ta).edit).toHaveCount(0);

    // The owner: Edit -> Collaboration -> pick the TA from the course roster as co-editor.
    await entryActions(page).edit.click();
    await expect(page).toHaveURL(new RegExp(`/rooms/${roomId}/edit`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${name}`);
    await page.getByRole('tab', { name: 'Collaboration' }).click();
    await expect(page.getByRole('tab', { name: 'Collaboration' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('room-owner')).toHaveText('Ada Instructor');
    // The owner is not offered as her own co-editor.
    await expect(page.getByLabel('Course member').getByRole('option', { name: /Tomas Assistant/ })).toHaveCount(1);
    await expect(page.getByLabel('Course member').getByRole('option', { name: /Ada Instructor/ })).toHaveCount(0);
    await page.getByLabel('Course member').selectOption('ta');
    await page.getByLabel('Role', { exact: true }).selectOption('co-editor');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByTestId('collaborators-co-editor')).toContainText('Tomas Assistant');
    await expect(page.getByRole('status').filter({ hasText: 'Tomas Assistant is now co-editor.' })).toBeVisible();

    // The TA's tab, reloaded (same launch token in sessionStorage), now offers Edit.
    await ta.reload();
    await expect(ta.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(entryActions(ta).edit).toBeVisible();
    await expect(entryActions(ta).start).toBeVisible();

    // A co-editor edits, but neither manages collaborators nor deletes (owner only).
    await entryActions(ta).edit.click();
    await expect(ta.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${name}`);
    await expect(ta.getByRole('tab', { name: 'Details' })).toBeVisible();
    await expect(ta.getByRole('tab', { name: 'Delete' })).toHaveCount(0);
    await ta.getByRole('tab', { name: 'Collaboration' }).click();
    await expect(ta.getByTestId('collaborators-co-editor')).toContainText('Tomas Assistant');
    await expect(ta.getByText("Only the room's owner can add or remove collaborators.")).toBeVisible();
    await expect(ta.getByRole('button', { name: 'Add', exact: true })).toHaveCount(0);
  });
});

test.describe('Deep Linking from the Dev LMS', () => {
  /** The LMS page the tool's return form posts to; then back to the course page. */
  async function expectAddedToCourse(page: Page, lmsUrl: string, title: string): Promise<void> {
    await page.waitForURL(`${lmsUrl}/deep-linking/return`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Added ${title} to the course`);
    await page.getByRole('link', { name: `Back to ${COURSE_TITLE}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
    await expect(page.getByRole('region', { name: 'Course content' })).toContainText(title);
  }

  async function startDeepLinking(page: Page, urls: { toolUrl: string; lmsUrl: string }): Promise<void> {
    await page.goto(`${urls.lmsUrl}/`);
    await page.getByRole('link', { name: 'Add a room (Deep Linking) as Ada Instructor', exact: true }).click();
    await page.waitForURL(`${urls.toolUrl}/deep-linking`);
    await expect(page.getByRole('heading', { level: 2, name: 'Create a new room' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Pick one of your rooms' })).toBeVisible();
  }

  test('the instructor creates a room in the deep-linking page; its LMS link opens the room for a student', async ({
    page,
    urls,
    newUserContext,
  }, testInfo) => {
    const name = uniqueRoomName('Linked room');
    await startDeepLinking(page, urls);
    await expectNoSeriousAxeViolations(page, testInfo, 'deep-linking page');

    const create = page.getByRole('region', { name: 'Create a new room' });
    await create.getByLabel('Name', { exact: true }).fill(name);
    await create.getByRole('button', { name: 'Create', exact: true }).click();
    // The tool's return form posts itself to the LMS.
    await expectAddedToCourse(page, urls.lmsUrl, name);

    const student = await (await newUserContext()).newPage();
    await student.goto(`${urls.lmsUrl}/`);
    await student.getByRole('link', { name: `Open ${name} as Sam Student`, exact: true }).click();
    await waitForEntryPage(student, urls.toolUrl, name);
    await expect(entryActions(student).join).toBeVisible();
    await expect(entryActions(student).edit).toHaveCount(0);
  });

  test('the instructor picks one of their rooms; the LMS link opens that room', async ({ page, urls }) => {
    const name = uniqueRoomName('Picked room');
    const roomId = await instructorCreatesRoom(page, urls, { name });

    await startDeepLinking(page, urls);
    const pick = page.getByRole('region', { name: 'Pick one of your rooms' });
    await pick.getByRole('radio', { name, exact: true }).check();
    await pick.getByRole('button', { name: 'Add to course' }).click();
    await expectAddedToCourse(page, urls.lmsUrl, name);

    await page.getByRole('link', { name: `Open ${name} as Tomas Assistant`, exact: true }).click();
    expect(await waitForEntryPage(page, urls.toolUrl, name)).toBe(roomId);
    await expect(entryActions(page).start).toBeVisible();
    // An always-open room says so once, not in its schedule and again in a badge.
    await expect(page.getByText('Always open', { exact: true })).toHaveCount(1);
  });
});

test.describe('accessibility of the rooms pages (axe-core, WCAG 2 A/AA): no serious or critical violations', () => {
  test('Create a Room form, entry page, edit page (Details, Collaboration) and the channel page with rooms', async ({ page, urls }, testInfo) => {
    const name = uniqueRoomName('Accessible room');
    await launchFromLms(page, urls, 'Ada Instructor');

    await page.getByRole('link', { name: 'Create a room' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create a Room');
    await page.getByRole('radio', { name: 'Specific time frame' }).check();
    await expect(page.getByLabel('Start', { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page, testInfo, 'Create a Room form');

    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Description').fill('Weekly seminar. Bring your questions.');
    await page.getByLabel('Tags').fill('seminar, week 3');
    await page.getByRole('radio', { name: 'Panel room' }).check();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const roomId = await waitForEntryPage(page, urls.toolUrl, name);
    await expect(page.getByTestId('room-description')).toContainText('Weekly seminar');
    await expectNoSeriousAxeViolations(page, testInfo, 'room entry page');

    await entryActions(page).edit.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit: ${name}`);
    // Details opens first; Collaboration loads the course roster (Names and Role Provisioning).
    const tabs: [string, (p: Page) => Promise<void>][] = [
      ['Details', (p) => expect(p.getByLabel('Name', { exact: true })).toHaveValue(name)],
      ['Collaboration', (p) => expect(p.getByLabel('Course member')).toBeVisible()],
    ];
    for (const [tab, ready] of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
      await ready(page);
      await expect(page.getByRole('tabpanel').getByText(/^Loading/)).toHaveCount(0);
      await expectNoSeriousAxeViolations(page, testInfo, `edit page, ${tab} tab`);
    }

    // Delete asks first (issue 12, item 3); Cancel leaves the room as it was.
    await page.getByRole('tab', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete room' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete "${name}"?` });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoSeriousAxeViolations(page, testInfo, 'delete confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/rooms/${roomId}/edit`));

    await page.getByRole('link', { name: 'Back to the room' }).click();
    await waitForEntryPage(page, urls.toolUrl, name);
    await backToChannel(page);
    await expect(roomItem(page, roomId)).toBeVisible();
    await expectNoSeriousAxeViolations(page, testInfo, 'channel page with rooms');
  });

  test('deleting a room asks first, then it can be restored from My Rooms; both are in the audit log in words, readable on a phone', async ({ page, urls, newUserContext }, testInfo) => {
    const name = uniqueRoomName('Deleted and back');
    await instructorCreatesRoom(page, urls, { name });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('tab', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete room' }).click();
    await page.getByRole('dialog', { name: `Delete "${name}"?` }).getByRole('button', { name: 'Delete room' }).click();
    await expect(page.getByRole('status').filter({ hasText: `"${name}" was deleted. You can restore it for 30 days.` })).toBeVisible();
    await page.getByRole('button', { name: `Restore ${name}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `"${name}" was restored.` })).toBeVisible();

    const admin = await launchAs(newUserContext, urls, ADMINISTRATOR);
    await openAdministration(admin);
    await openAdminTab(admin, 'Audit log');
    const entries = admin.getByTestId('audit-entry').filter({ hasText: `Room “${name}”` });
    await expect(entries).toHaveCount(2);
    // Newest first: the restore, then the deletion; who did it, in words, no codes or JSON.
    await expect(entries.nth(0)).toContainText(`Restored a room: Room “${name}”`);
    await expect(entries.nth(1)).toContainText(`Deleted a room: Room “${name}”`);
    await expect(entries.nth(1)).toContainText('Ada Instructor');
    await expect(admin.getByTestId('audit-log')).not.toContainText('room.delete');
    await expect(admin.getByTestId('audit-log')).not.toContainText('{');
    await expect(admin.getByTestId('audit-log')).not.toContainText('None');
    await expectNoSeriousAxeViolations(admin, testInfo, 'audit log with room entries');
  });

  test('a shared room link: in the same browser it opens the room; for someone without a session it names the room and its course and leads back through the LMS', async ({ page, context, urls, newUserContext }, testInfo) => {
    const name = uniqueRoomName('Shared link');
    const roomId = await instructorCreatesRoom(page, urls, { name });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(urls.toolUrl).origin });
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByTestId('share-status')).toContainText('Link copied — course members open it from the course.');
    const link = await page.evaluate(() => navigator.clipboard.readText());

    // A new tab of the same browser (the link pasted in the address bar): the browser's launch opens the room.
    const sameBrowser = await context.newPage();
    await sameBrowser.goto(link);
    await waitForEntryPage(sameBrowser, urls.toolUrl, name);

    // Another person, who has not opened LTI Rooms in this browser: the room, its course, and the way back.
    const stranger = await (await newUserContext()).newPage();
    await stranger.goto(link);
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText('Open this room from your course');
    const wayBack = stranger.getByTestId('room-way-back');
    await expect(wayBack).toContainText(`“${name}” is in this course. Open the course, then select the room there:`);
    const course = wayBack.getByRole('link', { name: COURSE_TITLE });
    await expect(course).toHaveAttribute('href', new RegExp(`^${urls.lmsUrl}/courses/`));
    await expect(stranger.getByText('Your session has expired')).toHaveCount(0);
    await expectNoSeriousAxeViolations(stranger, testInfo, 'shared room link without a session');

    // A link to a room that is no more.
    await stranger.goto(`${urls.toolUrl}/rooms/${randomUUID()}`);
    await expect(stranger.getByTestId('room-way-back')).toHaveText(/^This link does not lead to a room any more/);
    expect(roomId).toBe(new URL(link).pathname.split('/').pop());
  });

  test('error pages say what happened in plain words and offer the ways back: a room that is not there, an unknown address', async ({ newUserContext, urls }, testInfo) => {
    const student = await launchInNewContext(newUserContext, urls, 'Sam Student');
    await student.goto(`${urls.toolUrl}/rooms/${randomUUID()}`);
    await expect(student.getByRole('heading', { level: 1 })).toHaveText('This room is not available');
    await expect(student.getByRole('alert')).toContainText('It may have been deleted, or it belongs to a course you are not in.');
    await expect(student.getByText(/Error code|Something went wrong/)).toHaveCount(0);
    // Not worth retrying: no Try again; the ways on instead.
    await expect(student.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    const waysBack = student.getByRole('navigation', { name: 'Ways back' });
    await expect(waysBack.getByRole('link', { name: `Back to ${COURSE_TITLE}` })).toBeVisible();
    await expect(waysBack.getByRole('link', { name: 'Return to the LMS' })).toHaveAttribute('href', new RegExp(`^${urls.lmsUrl}/`));
    await expectNoSeriousAxeViolations(student, testInfo, 'room not available');
    await waysBack.getByRole('link', { name: `Back to ${COURSE_TITLE}` }).click();
    await expect(student.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);

    await student.goto(`${urls.toolUrl}/no/such/page`);
    await expect(student.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await student.getByRole('link', { name: 'Go to My Rooms' }).click();
    await expect(student.getByRole('heading', { level: 1 })).toHaveText('My Rooms');
  });

  test("inside an LMS frame's 679 px, a tall form's confirmation is brought into view when it is saved", async ({ page, urls }, testInfo) => {
    await page.setViewportSize({ width: 1000, height: 679 });
    const name = uniqueRoomName('Tall form');
    await instructorCreatesRoom(page, urls, { name });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill(`${name} (term)`);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await save.scrollIntoViewIfNeeded();
    const confirmation = page.getByRole('status').filter({ hasText: 'Your changes have been saved.' });
    // Far above the button: out of view before the save.
    await expect(page.locator('.status-message').first()).not.toBeInViewport();
    await save.click();
    await expect(confirmation).toBeInViewport();
    await expectNoSeriousAxeViolations(page, testInfo, 'details tab saved');
  });

  test('the description is written in a rich-text editor: paragraphs, bold and lists show on the entry page as they were typed', async ({ page, urls }, testInfo) => {
    await launchFromLms(page, urls, 'Ada Instructor');
    await page.getByRole('link', { name: 'Create a room' }).click();
    const name = uniqueRoomName('Formatted');
    await page.getByLabel('Name', { exact: true }).fill(name);
    const editor = page.getByRole('textbox', { name: 'Description' });
    await editor.click();
    await page.keyboard.type('Week 1 plan');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bring ');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('questions');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Reading');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Slides');
    // What is typed is what is shown: the editor already renders it as the entry page will.
    await expect(editor.locator('strong')).toHaveText('questions');
    await expect(editor.getByRole('listitem')).toHaveText(['Reading', 'Slides']);
    await expectNoSeriousAxeViolations(page, testInfo, 'create form with the description editor');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await waitForEntryPage(page, urls.toolUrl, name);

    const description = page.getByTestId('room-description');
    await expect(description.locator(':scope > p')).toHaveText(['Week 1 plan', 'Bring questions']);
    await expect(description.locator('strong')).toHaveText('questions');
    await expect(description.getByRole('listitem')).toHaveText(['Reading', 'Slides']);

    // Editing shows the same text, formatted.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Description' }).locator('strong')).toHaveText('questions');
  });
});
