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

async function createRoom(page: Page, channelId: string, name: string, mode: 'interactive' | 'panel'): Promise<string> {
  const answer = await callApi(page, 'POST', '/api/rooms', { name, modeChoice: { kind: 'mode', mode }, availability: { kind: 'always' }, channelId });
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

/**
 * Every page an instructor reaches, from the channel page they launched onto: the course's
 * rooms (empty, then with a panel room), Create a Room, My Rooms, the room's entry page, each
 * tab of its editor, and the meeting they start. Returns the room, for the student's walk.
 */
export async function walkInstructor(page: Page, urls: Urls, roomName: string, read: PageReader): Promise<{ roomId: string }> {
  await settled(page);
  await read(page, 'channel');
  const channelId = channelIdOf(page);
  const roomId = await createRoom(page, channelId, roomName, 'panel');
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
  return { roomId };
}

/** A student's pages: the channel they launched onto, the room's entry page, its meeting. */
export async function walkStudent(page: Page, urls: Urls, roomId: string, read: PageReader): Promise<void> {
  await settled(page);
  await read(page, 'student-channel');
  await visit(page, `${urls.toolUrl}/rooms/${roomId}`, 'student-room-entry', read);
  await page.goto(`${urls.toolUrl}/rooms/${roomId}/meeting`);
  await expect(page.getByTestId('meeting-page')).toBeVisible();
  await settled(page);
  await read(page, 'student-meeting');
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
