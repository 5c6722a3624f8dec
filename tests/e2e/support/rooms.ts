import { randomBytes } from 'node:crypto';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { COURSE_TITLE, expect, launchFromLms } from './fixtures';

type Urls = { toolUrl: string; lmsUrl: string };

/** The time zone every rooms test runs the browser in (set explicitly: the default frame depends on it). */
export const BROWSER_ZONE = 'Europe/Berlin';

/** Unique per call, so tests sharing the one server never see each other's rooms by name. */
export function uniqueRoomName(prefix: string): string {
  return `${prefix} ${randomBytes(4).toString('hex')}`;
}

/** Starts a fresh page in a new browser context (another person) and launches from the Dev LMS as `userName`. */
export async function launchInNewContext(
  newUserContext: (options?: BrowserContextOptions) => Promise<BrowserContext>,
  urls: Urls,
  userName: string,
): Promise<Page> {
  const context = await newUserContext();
  const page = await context.newPage();
  await launchFromLms(page, urls, userName);
  return page;
}

/** Where a room's entry page lives; the id is read from the address bar after Create. */
export const ROOM_PATH = /^\/rooms\/([^/]+)$/;

export function roomIdFromUrl(page: Page): string {
  const match = ROOM_PATH.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a room's entry page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export async function waitForEntryPage(page: Page, toolUrl: string, roomName: string): Promise<string> {
  const toolOrigin = new URL(toolUrl).origin;
  await page.waitForURL((url) => url.origin === toolOrigin && ROOM_PATH.test(url.pathname));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roomName);
  return roomIdFromUrl(page);
}

export interface NewRoom {
  name: string;
  mode?: 'Interactive room' | 'Panel room';
  /** Keep the form's default time frame ("Specific time frame") instead of "Always open". */
  scheduled?: boolean;
}

/**
 * From the channel page of a manager: "Create a room", fill the form, Create. Ends on the new
 * room's entry page and returns the room's id.
 */
export async function createRoomFromChannel(page: Page, toolUrl: string, room: NewRoom): Promise<string> {
  await page.getByRole('link', { name: 'Create a room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a Room' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(room.name);
  if (room.mode) await page.getByRole('radio', { name: room.mode }).check();
  if (room.scheduled) await page.getByRole('radio', { name: 'Specific time frame' }).check();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  return waitForEntryPage(page, toolUrl, room.name);
}

/** The list item of one room on the channel page. */
export function roomItem(page: Page, roomId: string): Locator {
  return page.locator(`[data-testid="room-item"][data-room-id="${roomId}"]`);
}

/** From the channel page: follow the room's link in the list to its entry page. */
export async function openRoomFromChannel(page: Page, toolUrl: string, roomId: string, roomName: string): Promise<void> {
  await roomItem(page, roomId).getByRole('link', { name: roomName, exact: true }).click();
  expect(await waitForEntryPage(page, toolUrl, roomName)).toBe(roomId);
}

/** Back to the channel page through the entry page's breadcrumb (the course title). */
export async function backToChannel(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: COURSE_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
}

/**
 * The Create a Room preset (SPEC "Rooms"): the first quarter hour strictly after `now` on the
 * wall clock of `zone` (10:50 -> 11:00, 10:45:00 -> 11:00), lasting one hour.
 */
export function expectedDefaultTimeFrame(now: DateTime, zone: string): { start: DateTime; end: DateTime } {
  const local = now.setZone(zone);
  const quarterStart = local.startOf('hour').plus({ minutes: Math.floor(local.minute / 15) * 15 });
  const start = quarterStart.plus({ minutes: 15 });
  return { start, end: start.plus({ hours: 1 }) };
}

/** The value of an `<input type="datetime-local">` showing `dt`. */
export function datetimeLocalValue(dt: DateTime): string {
  return dt.toFormat("yyyy-MM-dd'T'HH:mm");
}

/**
 * Milliseconds until the next quarter hour. Tests that check the default frame wait past a
 * boundary that is this close, so the form and the expectation read the same quarter and the
 * preset start is not already in the past when the form is sent.
 */
export function msToNextQuarter(now: DateTime = DateTime.now()): number {
  const next = now.startOf('hour').plus({ minutes: (Math.floor(now.minute / 15) + 1) * 15 });
  return next.toMillis() - now.toMillis();
}
