import type { Page } from '@playwright/test';
import { accountSettings, callApi, expectNoSeriousAxeViolations, restoreAccountSettings } from './support/admin';
import { embeddedMeeting, fakeJitsiRecords, joinConference, verifyAsJitsi } from './support/fake-jitsi';
import { expect, test } from './support/fixtures';
import { BROWSER_ZONE } from './support/rooms';
import {
  approved, button, cleanUp, expectJitsiCommands, expectMediaOff, expectMediaOn, expectNoJitsiCommand, invitationDialog, notice, ON_STAGE_NOTICE, onStageList,
  overwrittenConfigs, PanelRoom, panelList, participantsPanel, person, rejected, startedPanelRoom, viewerJoins,
} from './support/stage';

// Fake camera and microphone (playwright.config.ts) behind the invitation's device check.
test.use({ timezoneId: BROWSER_ZONE, permissions: ['camera', 'microphone'] });
// Three or four people launched from the Dev LMS per test.
test.describe.configure({ timeout: 120_000 });

async function setAccess(host: Page, label: 'Invite only' | 'Join by request' | 'Everyone on stage'): Promise<void> {
  const radio = participantsPanel(host).getByRole('radiogroup', { name: 'Stage access' }).getByRole('radio', { name: label });
  await radio.check();
  await expect(radio).toBeChecked();
}

test.describe('the stage of a panel room', () => {
  let room: PanelRoom | null = null;
  test.afterEach(async () => {
    await cleanUp(room, null);
    room = null;
  });

  test('invite → accept: the viewer checks their devices, joins the stage with camera and microphone on, and the host lets their media through', async ({ newUserContext, urls }, testInfo) => {
    room = await startedPanelRoom(newUserContext, urls);
    const { host } = room;
    // Moderation holds viewers' media from the moment a host's Jitsi joins.
    await expectJitsiCommands(host, [['toggleModeration', true, 'audio'], ['toggleModeration', true, 'video']]);
    const viewer = await viewerJoins(newUserContext, urls, room, 'Sam Student', 'viewer-endpoint');
    await expect(participantsPanel(viewer)).toHaveCount(0);
    await expect(button(viewer, 'Ask to join stage')).toHaveCount(0);
    await expectNoSeriousAxeViolations(host, testInfo, 'participants panel');

    await host.getByRole('button', { name: 'Invite Sam Student to stage' }).click();
    const dialog = invitationDialog(viewer);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Ada Instructor invites you to the stage.');
    await expect(dialog.getByText('Camera and microphone are ready.')).toBeVisible();
    await expect.poll(() => dialog.locator('video').evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream | null)?.getTracks().length ?? 0)).toBe(2);
    await expect(panelList(host, 'Viewers')).toContainText('Invited');
    await expect(host.getByRole('button', { name: 'Revoke invite for Sam Student' })).toBeVisible();
    await expectNoSeriousAxeViolations(viewer, testInfo, 'invitation dialog');
    await dialog.locator('video').evaluate((video: HTMLVideoElement) => Object.assign(window, { __preview: video.srcObject }));

    await dialog.getByRole('button', { name: 'Join stage', exact: true }).click();
    await expect(dialog).toBeHidden();
    // The preview let go of the camera and microphone when the dialog closed.
    const previewTracks = () => viewer.evaluate(() => (window as unknown as { __preview: MediaStream }).__preview.getTracks().map((track) => track.readyState));
    await expect.poll(previewTracks).toEqual(['ended', 'ended']);
    await expect(notice(viewer, ON_STAGE_NOTICE)).toBeVisible();
    for (const page of [host, viewer]) await expect(onStageList(page)).toContainText('Sam Student');
    await expect(panelList(host, 'On stage (2 of 10)')).toContainText('Sam Student');
    await expect(host.getByRole('button', { name: 'Remove Sam Student from stage' })).toBeVisible();
    await expect(button(viewer, 'Leave stage')).toBeVisible();

    await expectMediaOn(viewer);
    await expectJitsiCommands(host, approved('viewer-endpoint'), "the host lets the viewer's media through by their Jitsi id");
  });

  test('invite → decline leaves a viewer; an invitation revoked before it is accepted closes with a notice', async ({ newUserContext, urls }) => {
    room = await startedPanelRoom(newUserContext, urls);
    const { host } = room;
    const viewer = await viewerJoins(newUserContext, urls, room, 'Sam Student', 'viewer-endpoint');

    await host.getByRole('button', { name: 'Invite Sam Student to stage' }).click();
    await invitationDialog(viewer).getByRole('button', { name: 'Decline', exact: true }).click();
    await expect(invitationDialog(viewer)).toBeHidden();
    await expect(host.getByRole('button', { name: 'Invite Sam Student to stage' })).toBeVisible();
    // The host is told, not left to notice a button coming back.
    await expect(notice(host, 'Sam Student declined the invitation to the stage.')).toBeVisible();
    await expect(onStageList(host)).not.toContainText('Sam Student');

    await host.getByRole('button', { name: 'Invite Sam Student to stage' }).click();
    await expect(invitationDialog(viewer)).toBeVisible();
    await host.getByRole('button', { name: 'Revoke invite for Sam Student' }).click();
    await expect(invitationDialog(viewer)).toBeHidden();
    await expect(notice(viewer, 'The host withdrew the invitation.')).toBeVisible();
    await expect(host.getByRole('button', { name: 'Invite Sam Student to stage' })).toBeVisible();

    // Escape answers the question too: it declines.
    await host.getByRole('button', { name: 'Invite Sam Student to stage' }).click();
    await expect(invitationDialog(viewer)).toBeVisible();
    await viewer.keyboard.press('Escape');
    await expect(invitationDialog(viewer)).toBeHidden();
    await expect(host.getByRole('button', { name: 'Invite Sam Student to stage' })).toBeVisible();

    expect(await overwrittenConfigs(viewer)).toEqual([]);
    await expectNoJitsiCommand(host, 'askToUnmute');
    expect((await embeddedMeeting(viewer)).audioMuted).toBe(true);
  });

  test('join by request: a declined request is told; a request brought to stage goes on; removed from stage, media is held again', async ({ newUserContext, urls }) => {
    room = await startedPanelRoom(newUserContext, urls);
    const { host } = room;
    const viewer = await viewerJoins(newUserContext, urls, room, 'Sam Student', 'viewer-endpoint');
    await setAccess(host, 'Join by request');

    await button(viewer, 'Ask to join stage').click();
    await expect(button(viewer, 'Withdraw request')).toBeVisible();
    await expect(panelList(host, 'Requests')).toContainText('Sam Student');
    await host.getByRole('button', { name: 'Decline request from Sam Student' }).click();
    await expect(notice(viewer, 'The host declined your request to join the stage.')).toBeVisible();
    await expect(button(viewer, 'Ask to join stage')).toBeVisible();
    await expect(participantsPanel(host).getByText('Nobody has asked to join the stage.')).toBeVisible();

    await button(viewer, 'Ask to join stage').click();
    await host.getByRole('button', { name: 'Bring Sam Student to stage' }).click();
    await expect(notice(viewer, ON_STAGE_NOTICE)).toBeVisible();
    await expect(onStageList(host)).toContainText('Sam Student');
    await expectMediaOn(viewer);
    await expectJitsiCommands(host, approved('viewer-endpoint'));

    await host.getByRole('button', { name: 'Remove Sam Student from stage' }).click();
    // Asked first (issue 12, item 3).
    await host.getByRole('dialog', { name: 'Remove Sam Student from the stage?' }).getByRole('button', { name: 'Remove from stage' }).click();
    await expect(notice(viewer, 'A host moved you back to the audience.')).toBeVisible();
    await expect(onStageList(viewer)).not.toContainText('Sam Student');
    await expect(button(viewer, 'Ask to join stage')).toBeVisible();
    await expectJitsiCommands(host, rejected('viewer-endpoint'), "the host holds the viewer's media again");
    await expectMediaOff(viewer);
  });

  test('access modes switch live: the buttons follow; leaving "Join by request" closes requests; in "Everyone on stage" a viewer steps up and down', async ({ newUserContext, urls }, testInfo) => {
    room = await startedPanelRoom(newUserContext, urls);
    const { host } = room;
    const viewer = await viewerJoins(newUserContext, urls, room, 'Sam Student', 'viewer-endpoint');
    const observer = await viewerJoins(newUserContext, urls, room, 'Oscar Observer', 'observer-endpoint');
    const stageButtons = (page: Page) => page.getByRole('toolbar', { name: 'Meeting controls' }).getByRole('button', { name: /stage|request/i });

    // Invite only (the panel default): nobody steps up unasked; viewers are told they watch and how to get on stage.
    await expect(participantsPanel(host).getByRole('radio', { name: 'Invite only' })).toBeChecked();
    await expect(stageButtons(viewer)).toHaveCount(0);
    await expect(viewer.getByTestId('viewer-hint')).toHaveText('You are watching as a viewer. A host may invite you to the stage.');
    await expect(host.getByTestId('viewer-hint')).toHaveCount(0);
    await expectNoSeriousAxeViolations(viewer, testInfo, 'viewer with the viewer hint');

    await setAccess(host, 'Join by request');
    await expect(stageButtons(viewer)).toHaveText(['Ask to join stage']);
    await expect(viewer.getByTestId('viewer-hint')).toHaveText('You are watching as a viewer. To speak, ask to join the stage.');
    await expect(observer.getByTestId('viewer-hint')).toHaveText('You are watching as a viewer. A host may invite you to the stage.');
    await button(viewer, 'Ask to join stage').click();
    await expect(panelList(host, 'Requests')).toContainText('Sam Student');
    // Mentors and observers go on stage only when invited.
    await expect(stageButtons(observer)).toHaveCount(0);

    await setAccess(host, 'Everyone on stage');
    await expect(notice(viewer, 'The stage no longer takes requests.')).toBeVisible();
    await expect(participantsPanel(host).getByText('Nobody has asked to join the stage.')).toBeVisible();
    await expect(stageButtons(viewer)).toHaveText(['Join stage']);
    await expect(stageButtons(observer)).toHaveCount(0);

    await button(viewer, 'Join stage').click();
    await expect(notice(viewer, ON_STAGE_NOTICE)).toBeVisible();
    for (const page of [host, viewer, observer]) await expect(onStageList(page)).toContainText('Sam Student');
    await expectMediaOn(viewer);
    await expectJitsiCommands(host, approved('viewer-endpoint'));

    await button(viewer, 'Leave stage').click();
    await expect(stageButtons(viewer)).toHaveText(['Join stage']);
    await expect(onStageList(observer)).not.toContainText('Sam Student');
    await expectMediaOff(viewer);
    await expectJitsiCommands(host, rejected('viewer-endpoint'));

    await setAccess(host, 'Invite only');
    await expect(stageButtons(viewer)).toHaveCount(0);

    // Viewers leaving are not broadcast: the host's list follows the head count.
    await button(observer, 'Leave session').click();
    await expect(panelList(host, 'Viewers')).not.toContainText('Oscar Observer');
    await expect(panelList(host, 'Viewers')).toContainText('Sam Student');
  });

  test('a full stage: a host cannot invite past the cap, and a late "Join stage" is told in the dialog', async ({ newUserContext, urls }) => {
    const admin = await person(newUserContext, urls, 'Grace Admin');
    const before = await accountSettings(admin);
    const lowered = await callApi(admin, 'PUT', '/api/admin/settings', { ...before, caps: { ...before.caps, panelStage: 2 } });
    expect(lowered.status, lowered.text).toBe(200);
    try {
      room = await startedPanelRoom(newUserContext, urls, 2);
      const { host } = room;
      const sam = await viewerJoins(newUserContext, urls, room, 'Sam Student', 'sam-endpoint');
      const priya = await viewerJoins(newUserContext, urls, room, 'Priya Patel', 'priya-endpoint');
      // Priya's browser has no camera: the device check says so, and she may still join.
      await priya.evaluate(() => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
      });

      // Invitations hold no seat: the first to accept takes the last one.
      await host.getByRole('button', { name: 'Invite Sam Student to stage' }).click();
      await host.getByRole('button', { name: 'Invite Priya Patel to stage' }).click();
      await invitationDialog(sam).getByRole('button', { name: 'Join stage', exact: true }).click();
      await expect(panelList(host, 'On stage (2 of 2)')).toContainText('Sam Student');

      const dialog = invitationDialog(priya);
      await expect(dialog.getByText('Your camera or microphone is not available. You can still join the stage and turn them on in the meeting.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Join stage', exact: true }).click();
      await expect(dialog.getByText('The stage is full. You can join once a seat frees up.')).toBeVisible();
      await expect(dialog).toBeVisible();
      expect(await overwrittenConfigs(priya)).toEqual([]);

      await host.getByRole('button', { name: 'Revoke invite for Priya Patel' }).click();
      await expect(dialog).toBeHidden();
      await host.getByRole('button', { name: 'Invite Priya Patel to stage' }).click();
      await expect(participantsPanel(host).getByRole('status')).toHaveText('The stage is full. You can join once a seat frees up.');
      await expect(invitationDialog(priya)).toBeHidden();
      await expectJitsiCommands(host, approved('sam-endpoint'));
      await expectNoJitsiCommand(priya, 'toggleAudio');
    } finally {
      await restoreAccountSettings(admin, before);
    }
  });

  test('make moderator: the participants panel appears live and Jitsi grants the rights; remove moderator: the panel goes and the video reconnects without them', async ({ newUserContext, urls }, testInfo) => {
    room = await startedPanelRoom(newUserContext, urls);
    const { host } = room;
    const viewer = await viewerJoins(newUserContext, urls, room, 'Sam Student', 'viewer-endpoint');
    const first = await embeddedMeeting(viewer);
    expect((await verifyAsJitsi(first)).moderator).toBe(false);

    await host.getByRole('button', { name: 'Make Sam Student moderator' }).click();
    await expect(participantsPanel(viewer)).toBeVisible();
    await expect(viewer.getByRole('button', { name: 'Invite Sam Student to stage' })).toHaveCount(0);
    await expect(onStageList(host).getByRole('listitem').filter({ hasText: 'Sam Student' })).toContainText('Moderator');
    await expectJitsiCommands(host, [['grantModerator', 'viewer-endpoint']]);
    // A new moderator takes a free stage seat, but their camera and microphone go on only when they say so.
    const consent = viewer.getByRole('dialog', { name: 'Turn on your camera and microphone?' });
    await expect(consent).toBeVisible();
    await expect(consent.getByRole('button', { name: 'Not now' })).toBeFocused();
    expect(await embeddedMeeting(viewer)).toMatchObject({ audioMuted: true, videoMuted: true });
    await expectNoSeriousAxeViolations(viewer, testInfo, 'camera and microphone consent of a new moderator');
    await consent.getByRole('button', { name: 'Turn them on' }).click();
    await expect(consent).toHaveCount(0);
    await expectMediaOn(viewer);
    await expectNoJitsiCommand(host, 'askToUnmute');

    await host.getByRole('button', { name: 'Remove moderator rights from Sam Student' }).click();
    const removeRights = host.getByRole('dialog', { name: "Remove Sam Student's moderator rights?" });
    await expect(removeRights.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await removeRights.getByRole('button', { name: 'Remove moderator rights' }).click();
    await expect(participantsPanel(viewer)).toHaveCount(0);
    await expect(notice(viewer, 'Your moderator rights were removed: reconnecting the video…')).toBeVisible();
    const second = await embeddedMeeting(viewer, 2);
    expect((await fakeJitsiRecords(viewer))[0].disposed).toBe(true);
    const claims = await verifyAsJitsi(second);
    expect(claims.moderator).toBe(false);
    expect(claims.context.user).toMatchObject({ name: 'Sam Student', affiliation: 'member' });
    // Still on stage: the new connection starts with the stage's media, without a second device check.
    expect(second.options.configOverwrite).toMatchObject({ startWithAudioMuted: false, prejoinConfig: { enabled: false } });
    await joinConference(viewer, 'viewer-endpoint-2');
    await expect(notice(viewer, 'Your moderator rights were removed: reconnecting the video…')).toHaveCount(0);
    await expectJitsiCommands(host, approved('viewer-endpoint-2'), "the host lets the participant's new connection speak");
    await expect(host.getByRole('button', { name: 'Remove Sam Student from stage' })).toBeVisible();
    await expect(button(viewer, 'Leave stage')).toBeVisible();
  });
});
