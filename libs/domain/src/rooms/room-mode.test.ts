import { DEFAULT_ROOM_CAPS, RoomCaps } from './room-caps';
import { defaultFeaturesFor, describeMode, describeTemplate, limitsFor, RoomFeatures, RoomMode } from './room-mode';

const RAISED: RoomCaps = { interactiveTotal: 150, interactiveCameraOn: 50, panelTotal: 500, panelStage: 12 };

describe('describeMode', () => {
  it.each<[RoomMode, RoomCaps | undefined, string]>([
    ['interactive', undefined, 'Interactive mode — up to 25 participants with camera on, 100 total. Best for workshops and collaboration.'],
    ['panel', undefined, 'Panel mode — up to 10 on stage and 300 viewers. Best for webinars, lectures and large events.'],
    ['interactive', RAISED, 'Interactive mode — up to 50 participants with camera on, 150 total. Best for workshops and collaboration.'],
    ['panel', RAISED, 'Panel mode — up to 12 on stage and 500 viewers. Best for webinars, lectures and large events.'],
  ])('%s with caps %j', (mode, caps, expected) => {
    expect(describeMode(mode, caps)).toBe(expected);
  });
});

describe('limitsFor', () => {
  it.each<[RoomMode, { cameraOn: number; total: number }]>([
    ['interactive', { cameraOn: 25, total: 100 }],
    ['panel', { cameraOn: 10, total: 300 }],
  ])('%s', (mode, expected) => expect(limitsFor(mode, DEFAULT_ROOM_CAPS)).toEqual(expected));
});

describe('defaultFeaturesFor', () => {
  it.each<[RoomMode, RoomCaps | undefined, RoomFeatures]>([
    [
      'interactive',
      undefined,
      {
        chat: true, privateChat: true, screenSharing: true, raiseHand: true, reactions: true, polls: true,
        breakoutRooms: true, recording: false, lobby: false, stageAccessDefault: 'everyone', cameraOnCap: 25, totalCap: 100,
      },
    ],
    [
      'panel',
      undefined,
      {
        chat: true, privateChat: false, screenSharing: true, raiseHand: true, reactions: true, polls: true,
        breakoutRooms: false, recording: false, lobby: false, stageAccessDefault: 'invite', cameraOnCap: 10, totalCap: 300,
      },
    ],
  ])('%s', (mode, caps, expected) => expect(defaultFeaturesFor(mode, caps)).toEqual(expected));

  it.each<[RoomMode, Pick<RoomFeatures, 'cameraOnCap' | 'totalCap'>]>([
    ['interactive', { cameraOnCap: 50, totalCap: 150 }],
    ['panel', { cameraOnCap: 12, totalCap: 500 }],
  ])("takes %s caps from the account's caps", (mode, expected) => {
    expect(defaultFeaturesFor(mode, RAISED)).toMatchObject(expected);
  });
});

describe('describeTemplate', () => {
  it.each<[string, RoomMode, number, number, string]>([
    ['Seminar', 'interactive', 12, 40, 'Seminar — based on Interactive mode: up to 12 participants with camera on, 40 total.'],
    ['Town hall', 'panel', 4, 250, 'Town hall — based on Panel mode: up to 4 on stage and 250 viewers.'],
  ])('%s', (name, baseMode, cameraOnCap, totalCap, expected) => {
    const features = { ...defaultFeaturesFor(baseMode), cameraOnCap, totalCap };
    expect(describeTemplate({ name, baseMode, features })).toBe(expected);
  });
});
