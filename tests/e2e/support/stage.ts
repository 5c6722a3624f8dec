import type { BrowserContext, Locator, Page } from '@playwright/test';
import { callApi, restorePublicJitsi } from './admin';
import { embeddedMeeting, joinConference, jitsiCommands, TEST_JITSI, useFakeJitsi } from './fake-jitsi';
import { expect, launchFromLms } from './fixtures';
import { createRoomFromChannel, openRoomFromChannel, uniqueRoomName } from './rooms';

type Urls = { toolUrl: string; lmsUrl: string };
type NewUserContext = () => Promise<BrowserContext>;

/** Another person in a browser of their own, with the recording Jitsi installed, launched from the Dev LMS. */
export async function person(newUserContext: NewUserContext, urls: Urls, name: string): Promise<Page> {
  const context = await newUserContext();
  await useFakeJitsi(context);
  const page = await context.newPage();
  await launchFromLms(page, urls, name);
  return page;
}

export const meetingPage = (page: Page) => page.getByTestId('meeting-page');
/** The hosts' participants panel. */
export const participantsPanel = (page: Page) => page.getByRole('region', { name: 'Participants', exact: true });
/** The list of who is on stage, which everyone sees. */
export const onStageList = (page: Page) => page.getByRole('region', { name: 'On stage', exact: true });
export const invitationDialog = (page: Page) => page.getByRole('dialog', { name: 'Join the stage?' });
export const notice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
/** One of the panel's lists: 'On stage (1 of 10)', 'Requests', 'Viewers'. */
export const panelList = (page: Page, title: string | RegExp) => participantsPanel(page).getByRole('list', { name: title });
export const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

export const ON_STAGE_NOTICE = 'You are on stage: your camera and microphone are on.';

export interface PanelRoom {
  admin: Page;
  host: Page;
  roomId: string;
  name: string;
}

/**
 * A self-hosted Jitsi (so tokens can be checked as Jitsi would) and an always-open panel
 * room the instructor has started; the host's Jitsi has joined the conference.
 */
export async function startedPanelRoom(newUserContext: NewUserContext, urls: Urls, stageCap = 10): Promise<PanelRoom> {
  const admin = await person(newUserContext, urls, 'Grace Admin');
  const configured = await callApi(admin, 'PUT', '/api/admin/jitsi', TEST_JITSI);
  expect(configured.status, configured.text).toBe(200);
  const host = await person(newUserContext, urls, 'Ada Instructor');
  const name = uniqueRoomName('Panel stage');
  const roomId = await createRoomFromChannel(host, urls.toolUrl, { name, mode: 'Panel room' });
  await button(host, 'Start Meeting').click();
  await expect(meetingPage(host)).toHaveAttribute('data-state', 'admitted');
  await embeddedMeeting(host);
  await joinConference(host, 'host-endpoint');
  await expect(panelList(host, `On stage (1 of ${stageCap})`)).toContainText('Ada Instructor');
  return { admin, host, roomId, name };
}

export async function cleanUp(room: PanelRoom | null, admin: Page | null): Promise<void> {
  const page = room?.admin ?? admin;
  if (page) await restorePublicJitsi(page);
}

/** A student enters the running panel room as a viewer and their Jitsi joins the conference as `jitsiId`. */
export async function viewerJoins(newUserContext: NewUserContext, urls: Urls, room: PanelRoom, name: string, jitsiId: string): Promise<Page> {
  const page = await person(newUserContext, urls, name);
  await openRoomFromChannel(page, urls.toolUrl, room.roomId, room.name);
  await button(page, 'Join').click();
  await expect(meetingPage(page)).toHaveAttribute('data-state', 'admitted');
  await embeddedMeeting(page);
  await joinConference(page, jitsiId);
  await expect(onStageList(page)).toContainText('Ada Instructor');
  // The hosts' viewer list follows the presence count.
  await expect(panelList(room.host, 'Viewers')).toContainText(name);
  return page;
}

const hasCommand = (commands: unknown[][], expected: unknown[]) => commands.some((c) => JSON.stringify(c) === JSON.stringify(expected));

/** Waits until the page's Jitsi has been sent each of `expected` ([name, ...args]). */
export async function expectJitsiCommands(page: Page, expected: unknown[][], message?: string): Promise<void> {
  await expect.poll(async () => {
    const commands = await jitsiCommands(page);
    return expected.filter((e) => !hasCommand(commands, e));
  }, { message: message ?? `Jitsi commands ${JSON.stringify(expected)}` }).toEqual([]);
}

export async function expectNoJitsiCommand(page: Page, name: string): Promise<void> {
  expect((await jitsiCommands(page)).map(([n]) => n)).not.toContain(name);
}

/** The configurations the page handed Jitsi's overwriteConfig, oldest first. */
export async function overwrittenConfigs(page: Page): Promise<Array<{ toolbarButtons?: string[] }>> {
  return (await jitsiCommands(page)).filter(([name]) => name === 'overwriteConfig').map(([, config]) => config as { toolbarButtons?: string[] });
}

/** The viewer's media went on with the stage: the stage toolbar first, then microphone and camera on. */
export async function expectMediaOn(page: Page): Promise<void> {
  await expect.poll(async () => (await embeddedMeeting(page)).audioMuted, { message: 'microphone on' }).toBe(false);
  await expect.poll(async () => (await embeddedMeeting(page)).videoMuted, { message: 'camera on' }).toBe(false);
  const names = (await jitsiCommands(page)).map(([name]) => name);
  expect(names.lastIndexOf('overwriteConfig')).toBeLessThan(names.lastIndexOf('toggleAudio'));
  const config = (await overwrittenConfigs(page)).at(-1)!;
  expect(config.toolbarButtons).toEqual(expect.arrayContaining(['microphone', 'camera']));
  expect(names).toEqual(expect.arrayContaining(['toggleAudio', 'toggleVideo']));
}

/** The viewer's media went off with the stage, then the viewer's toolbar without media buttons. */
export async function expectMediaOff(page: Page): Promise<void> {
  await expect.poll(async () => (await embeddedMeeting(page)).audioMuted, { message: 'microphone off' }).toBe(true);
  await expect.poll(async () => (await embeddedMeeting(page)).videoMuted, { message: 'camera off' }).toBe(true);
  await expect.poll(async () => (await overwrittenConfigs(page)).at(-1)?.toolbarButtons, { message: "the viewer's toolbar" }).not.toContain('microphone');
  expect((await overwrittenConfigs(page)).at(-1)!.toolbarButtons).not.toContain('camera');
}

export const approved = (id: string) => [['askToUnmute', id], ['approveVideo', id]];
export const rejected = (id: string) => [['rejectParticipant', id, 'audio'], ['rejectParticipant', id, 'video']];
