import type { Page, TestInfo } from '@playwright/test';
import { callApi, expectNoSeriousAxeViolations, restorePublicJitsi } from './support/admin';
import { TEST_JITSI } from './support/fake-jitsi';
import { COURSE_TITLE, expect, test } from './support/fixtures';
import { BROWSER_ZONE, createRoomFromChannel, openRoomFromChannel, uniqueRoomName } from './support/rooms';
import { meetingPage, person } from './support/stage';

test.use({ timezoneId: BROWSER_ZONE });
test.describe.configure({ timeout: 180_000 });

type Urls = { toolUrl: string; lmsUrl: string };

async function join(page: Page, urls: Urls, roomId: string, roomName: string): Promise<void> {
  await openRoomFromChannel(page, urls.toolUrl, roomId, roomName);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(meetingPage(page)).toHaveAttribute('data-state', 'admitted');
}

/** What the Dev LMS's gradebook shows for a learner in the session's column (labelled with the room's name and the session's start). */
const gradebookCell = (page: Page, userId: string, roomName: string) => page.locator(`td[data-user="${userId}"][data-line-item^="${roomName} · "]`);

async function axe(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectNoSeriousAxeViolations(page, testInfo, name);
}

test('an instructor grades attendance: three students (one leaves early, one never comes), the grades reach the LMS gradebook; a student sees only their own line', async ({ newUserContext, urls }, testInfo) => {
  const admin = await person(newUserContext, urls, 'Grace Admin');
  const configured = await callApi(admin, 'PUT', '/api/admin/jitsi', TEST_JITSI);
  expect(configured.status, configured.text).toBe(200);
  try {
    const instructor = await person(newUserContext, urls, 'Ada Instructor');
    const name = uniqueRoomName('Graded seminar');
    const roomId = await createRoomFromChannel(instructor, urls.toolUrl, { name, mode: 'Interactive room' });

    // Edit → Grading: full marks for being there at least half of the session, out of 10.
    await instructor.getByRole('button', { name: 'Edit', exact: true }).click();
    await instructor.getByRole('tab', { name: 'Grading' }).click();
    const form = instructor.getByTestId('grading-form');
    await expect(form.getByTestId('grade-services')).toHaveText(`${COURSE_TITLE}: grades can be sent.`);
    await form.getByRole('switch', { name: 'Grade attendance' }).check();
    await form.getByRole('radio', { name: 'being present at least a share of the session' }).check();
    await form.getByLabel('Percent of the session').fill('50');
    await form.getByLabel('Maximum score').fill('10');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('status')).toHaveText('Grading saved. It applies to sessions that end from now on.');
    await axe(instructor, testInfo, 'grading tab');
    await instructor.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').first().click();
    await instructor.getByRole('button', { name: 'Start Meeting', exact: true }).click();
    await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'admitted');
    const stays = await person(newUserContext, urls, 'Sam Student');
    await join(stays, urls, roomId, name);
    const leavesEarly = await person(newUserContext, urls, 'Priya Patel');
    await join(leavesEarly, urls, roomId, name);
    await leavesEarly.getByRole('button', { name: 'Leave session', exact: true }).click();
    await expect(leavesEarly.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
    // Liam Murphy never comes. The session runs on for a while, then the instructor ends it.
    await instructor.waitForTimeout(10_000);
    await instructor.getByRole('button', { name: 'End session for everyone', exact: true }).click();
    await instructor.getByRole('dialog', { name: 'End the session for everyone?' }).getByRole('button', { name: 'End session', exact: true }).click();
    await expect(meetingPage(instructor)).toHaveAttribute('data-state', 'ended');

    // The entry page: the register, the absent, and the grades on their way (the worker runs every few seconds).
    await instructor.goto(`${urls.toolUrl}/rooms/${roomId}`);
    const session = instructor.getByTestId('attendance-session').first();
    await expect(session.getByTestId('attendance-row')).toHaveCount(3);
    await expect(instructor.getByTestId('grade-delivery').getByText(/^Grades sent to the gradebook of Demo Course 101: 30 of 30$/)).toBeVisible({ timeout: 30_000 });
    await axe(instructor, testInfo, 'attendance with grades');

    const gradebook = await instructor.context().newPage();
    await gradebook.goto(`${urls.lmsUrl}/courses/demo-course-101/gradebook`);
    await expect(gradebookCell(gradebook, 'student01', name)).toHaveAttribute('data-score', '10');
    await expect(gradebookCell(gradebook, 'student02', name)).toHaveAttribute('data-score', '0');
    await expect(gradebookCell(gradebook, 'student03', name)).toHaveAttribute('data-score', '0');
    await expect(gradebookCell(gradebook, 'student01', name)).toContainText('10 / 10');

    // A student: their own line and score, nobody else's; the class register stays closed to them.
    await stays.goto(`${urls.toolUrl}/rooms/${roomId}`);
    const mine = stays.getByTestId('my-attendance');
    await expect(mine.getByTestId('my-attendance-row')).toHaveCount(1);
    await expect(mine.getByTestId('my-attendance-row')).toContainText('10 / 10');
    await expect(stays.getByTestId('attendance')).toHaveCount(0);
    expect((await callApi(stays, 'GET', `/api/rooms/${roomId}/attendance`)).status).toBe(403);
    await axe(stays, testInfo, 'my attendance');
  } finally {
    await restorePublicJitsi(admin);
  }
});
