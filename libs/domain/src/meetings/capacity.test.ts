import { DEFAULT_ROOM_CAPS } from '../rooms/room-caps';
import { defaultFeaturesFor, limitsFor, RoomMode } from '../rooms/room-mode';
import { admissionDecision, admitFromWaitingRoom, AdmissionDecision, cameraSlotDecision, CameraSlotDecision, CameraSlotRequest, HOST_OVERFLOW_SEATS, sessionLimits } from './capacity';

describe('limits per mode (SPEC "Capacity")', () => {
  it.each<[RoomMode, number, number]>([
    ['interactive', 100, 25],
    ['panel', 300, 10],
  ])('%s: %s in the room, %s cameras / stage seats', (mode, total, cameraOn) => {
    expect(limitsFor(mode, DEFAULT_ROOM_CAPS)).toEqual({ total, cameraOn });
    expect(sessionLimits(defaultFeaturesFor(mode))).toEqual({ total, cameraOn });
  });

  it('an account raised to 50 cameras gets 50', () => {
    expect(sessionLimits(defaultFeaturesFor('interactive', { ...DEFAULT_ROOM_CAPS, interactiveCameraOn: 50 })).cameraOn).toBe(50);
  });
});

describe('admissionDecision', () => {
  // participants in the room, everyone in the room (hosts included)
  it.each<[string, number, number, number, boolean, AdmissionDecision]>([
    ['empty room', 100, 0, 0, false, { kind: 'admit' }],
    ['the last seat', 100, 99, 99, false, { kind: 'admit' }],
    ['full', 100, 100, 100, false, { kind: 'full', cap: 100 }],
    ['over full (the cap was lowered)', 100, 120, 120, false, { kind: 'full', cap: 100 }],
    ['hosts do not take participants\' seats: the 100th participant with 3 hosts inside', 100, 99, 102, false, { kind: 'admit' }],
    ['the 101st participant with 3 hosts inside', 100, 100, 103, false, { kind: 'full', cap: 100 }],
    ['a host into a full room takes an overflow seat', 100, 100, 100, true, { kind: 'admit' }],
    ['a host, the last overflow seat', 100, 100, 100 + HOST_OVERFLOW_SEATS - 1, true, { kind: 'admit' }],
    ['a host, overflow used up', 100, 100, 100 + HOST_OVERFLOW_SEATS, true, { kind: 'full', cap: 100 }],
    ['a host into an empty room', 100, 0, 0, true, { kind: 'admit' }],
    ['panel, 300th viewer with the host on stage', 300, 299, 300, false, { kind: 'admit' }],
    ['panel, 301st viewer', 300, 300, 301, false, { kind: 'full', cap: 300 }],
  ])('%s', (_label, total, participantCount, everyoneCount, isHost, expected) => {
    expect(admissionDecision({ limits: { total }, occupancy: { participantCount, everyoneCount }, isHost })).toEqual(expected);
  });
});

describe('admitFromWaitingRoom', () => {
  it.each<[string, string[], number, number, string[], string[]]>([
    ['everyone fits', ['a', 'b', 'c'], 1, 100, ['a', 'b', 'c'], []],
    ['first come, first in', ['a', 'b', 'c'], 98, 100, ['a', 'b'], ['c']],
    ['already full', ['a'], 100, 100, [], ['a']],
    ['over the cap leaves no seat (never negative)', ['a'], 105, 100, [], ['a']],
    ['nobody waiting', [], 0, 100, [], []],
    ['a panel of 300 waiting all fit (the host is not counted)', Array.from({ length: 300 }, (_, i) => `v${i}`), 0, 300, Array.from({ length: 300 }, (_, i) => `v${i}`), []],
  ])('%s', (_label, waiting, participantsInside, total, admitted, full) => {
    expect(admitFromWaitingRoom(waiting, participantsInside, { total })).toEqual({ admitted, full });
  });
});

describe('cameraSlotDecision', () => {
  const base: CameraSlotRequest = { mode: 'interactive', limits: { cameraOn: 25 }, camerasOnCount: 0, holdsSlot: false, isHost: false, onStage: true };
  it.each<[string, Partial<CameraSlotRequest>, CameraSlotDecision]>([
    ['interactive, free slots', { camerasOnCount: 10 }, { kind: 'granted' }],
    ['interactive, the 25th camera', { camerasOnCount: 24 }, { kind: 'granted' }],
    ['interactive, the 26th camera: may speak and watch, camera stays off', { camerasOnCount: 25 }, { kind: 'refused', reason: 'CAMERA_CAP_REACHED', cap: 25 }],
    ['interactive, raised to 50', { limits: { cameraOn: 50 }, camerasOnCount: 49 }, { kind: 'granted' }],
    ['interactive, asking again for a slot already held', { camerasOnCount: 25, holdsSlot: true }, { kind: 'granted' }],
    ['interactive, a host past the cap', { camerasOnCount: 25, isHost: true }, { kind: 'granted' }],
    ['interactive, a host past the overflow', { camerasOnCount: 25 + HOST_OVERFLOW_SEATS, isHost: true }, { kind: 'refused', reason: 'CAMERA_CAP_REACHED', cap: 25 }],
    ['panel, on stage: the seat is the slot', { mode: 'panel', limits: { cameraOn: 10 }, camerasOnCount: 10 }, { kind: 'granted' }],
    ['panel, a viewer', { mode: 'panel', limits: { cameraOn: 10 }, onStage: false }, { kind: 'refused', reason: 'NOT_ON_STAGE', cap: 10 }],
    ['panel, a host off stage (the stage was full)', { mode: 'panel', limits: { cameraOn: 10 }, onStage: false, isHost: true }, { kind: 'refused', reason: 'NOT_ON_STAGE', cap: 10 }],
  ])('%s', (_label, overrides, expected) => {
    expect(cameraSlotDecision({ ...base, ...overrides })).toEqual(expected);
  });
});
