import { DEFAULT_ROOM_CAPS, RoomCaps } from './room-caps';
import { defaultFeaturesFor, limitsFor, RoomFeatures, RoomMode } from './room-mode';

const RAISED: RoomCaps = { interactiveTotal: 150, interactiveCameraOn: 50, panelTotal: 500, panelStage: 12 };

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
