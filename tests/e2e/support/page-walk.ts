import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { callApi } from './admin';
import { expect } from './fixtures';
import { uniqueRoomName } from './rooms';

type Urls = { toolUrl: string; lmsUrl: string };
type NewUserContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

/** What a walk does on each page it reaches, once the page has settled. */
export type PageReader = (page: Page, name: string) => Promise<void>;

/** Waits until the page has drawn its heading and nothing is loading any more. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

function channelIdOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
}

type Availability = { kind: 'always' } | { kind: 'scheduled'; start: string; end: string };

async function createRoom(page: Page, channelId: string, name: string, mode: 'interactive' | 'panel', availability: Availability = { kind: 'always' }): Promise<string> {
  const answer = await callApi(page, 'POST', '/api/rooms', { name, modeChoice: { kind: 'mode', mode }, availability, channelId });
  expect(answer.status, answer.text).toBe(201);
  return (JSON.parse(answer.text) as { id: string }).id;
}

async function readEveryTab(page: Page, name: string, read: PageReader): Promise<void> {
  const tabs = page.getByRole('tab');
  await expect(tabs.first()).toBeVisible();
  const count = await tabs.count();
  expect(count, `the ${name} page has tabs`).toBeGreaterThan(1);
  for (let index = 0; index < count; index++) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
    await settled(page);
    await read(page, `${name}-tab-${index + 1}`);
  }
}

async function visit(page: Page, url: string, name: string, read: PageReader): Promise<void> {
  await page.goto(url);
  await settled(page);
  await read(page, name);
}

/** The rooms a walk creates: one the instructor starts, one nobody has started, one that opens tomorrow. */
export interface WalkRooms {
  roomId: string;
  notStartedRoomId: string;
  tomorrowRoomId: string;
}

/**
 * Every page an instructor reaches, from the channel page they launched onto: the course's
 * rooms (empty, then with rooms), Create a Room, My Rooms, the room's entry page, each tab of
 * its editor, and the meeting they start. Returns the rooms, for the student's walk.
 */
export async function walkInstructor(page: Page, urls: Urls, roomName: string, read: PageReader): Promise<WalkRooms> {
  await settled(page);
  await read(page, 'channel');
  const channelId = channelIdOf(page);
  const roomId = await createRoom(page, channelId, roomName, 'panel');
  const notStartedRoomId = await createRoom(page, channelId, uniqueRoomName('Not started'), 'interactive');
  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const tomorrowRoomId = await createRoom(page, channelId, uniqueRoomName('Tomorrow'), 'interactive', {
    kind: 'scheduled',
    start: tomorrow.toISOString(),
    end: new Date(tomorrow.getTime() + 3600_000).toISOString(),
  });
  const channel = `${urls.toolUrl}/channels/${encodeURIComponent(channelId)}`;
  await visit(page, channel, 'channel-with-room', read);
  await visit(page, `${channel}/rooms/new`, 'create-room', read);
  await visit(page, `${urls.toolUrl}/my-rooms`, 'my-rooms', read);
  await visit(page, `${urls.toolUrl}/my-rooms/new`, 'create-room-from-my-rooms', read);
  await visit(page, `${urls.toolUrl}/rooms/${roomId}`, 'room-entry', read);
  await page.goto(`${urls.toolUrl}/rooms/${roomId}/edit`);
  await readEveryTab(page, 'room-edit', read);
  await page.goto(`${urls.toolUrl}/rooms/${roomId}/meeting`);
  await expect(page.getByTestId('meeting-page')).toBeVisible();
  await settled(page);
  await read(page, 'meeting-host');
  return { roomId, notStartedRoomId, tomorrowRoomId };
}

async function visitMeeting(page: Page, url: string, name: string, read: PageReader, testId?: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('meeting-page')).toBeVisible();
  if (testId) await expect(page.getByTestId(testId)).toBeVisible();
  await settled(page);
  await read(page, name);
}

/**
 * A student's pages: the channel they launched onto, the room's entry page, the meeting the
 * host runs, the waiting room of a room nobody has started, and the countdown of one that
 * opens tomorrow.
 */
export async function walkStudent(page: Page, urls: Urls, rooms: WalkRooms, read: PageReader): Promise<void> {
  await settled(page);
  await read(page, 'student-channel');
  await visit(page, `${urls.toolUrl}/rooms/${rooms.roomId}`, 'student-room-entry', read);
  await visitMeeting(page, `${urls.toolUrl}/rooms/${rooms.roomId}/meeting`, 'student-meeting', read);
  await visitMeeting(page, `${urls.toolUrl}/rooms/${rooms.notStartedRoomId}/meeting`, 'student-waiting-room', read, 'waiting-count');
  await visitMeeting(page, `${urls.toolUrl}/rooms/${rooms.tomorrowRoomId}/meeting`, 'student-countdown', read, 'countdown');
  await visit(page, `${urls.toolUrl}/rooms/${rooms.tomorrowRoomId}`, 'student-scheduled-room-entry', read);
}

/** The page an instructor adds a room to the course with (Deep Linking), launched from the course page in `lang`. */
export async function walkDeepLinking(newUserContext: NewUserContext, urls: Urls, lang: string, read: PageReader, init?: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await newUserContext();
  if (init) await init(context);
  const page = await context.newPage();
  await page.goto(`${urls.lmsUrl}/?lang=${encodeURIComponent(lang)}`);
  await page.getByRole('link', { name: 'Add a room (Deep Linking) as Ada Instructor', exact: true }).click();
  await page.waitForURL(`${urls.toolUrl}/deep-linking`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await settled(page);
  await read(page, 'deep-linking');
}

const ADMIN_SECTIONS = ['platforms', 'settings', 'templates', 'role-mapping', 'jitsi', 'launches', 'audit'];

/** Every section of Administration. */
export async function walkAdministration(page: Page, urls: Urls, read: PageReader): Promise<void> {
  for (const section of ADMIN_SECTIONS) {
    await page.goto(`${urls.toolUrl}/admin/${section}`);
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeVisible();
    await settled(page);
    await read(page, `admin-${section}`);
  }
}

/**
 * The pages of someone without a session, in a browser reading `browserLocale`: the launch
 * error page the server answers an unknown LMS with, and a page opened without a launch.
 */
export async function walkWithoutSession(newUserContext: NewUserContext, urls: Urls, options: BrowserContextOptions, read: PageReader): Promise<void> {
  const page = await (await newUserContext(options)).newPage();
  const login = new URL('/lti/login', urls.toolUrl);
  login.searchParams.set('iss', 'http://unknown.example');
  login.searchParams.set('login_hint', 'x');
  login.searchParams.set('target_link_uri', `${urls.toolUrl}/lti/launch`);
  expect((await page.goto(login.toString()))?.status()).toBe(403);
  await settled(page);
  await read(page, 'launch-error');
  await visit(page, `${urls.toolUrl}/my-rooms`, 'no-session', read);
  await visit(page, `${urls.toolUrl}/no-such-page`, 'not-found', read);
}

export { uniqueRoomName };
