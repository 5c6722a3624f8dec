import { describe, expect, it } from '@jest/globals';
import { cameraSwitched, initialCameraSlotState, refusalNotice, slotAnswered, slotResync, type CameraSlotState } from './camera-slot';

const granted = { granted: true, reason: null, cap: 25 } as const;
const refused = { granted: false, reason: 'CAMERA_CAP_REACHED', cap: 25 } as const;
const CAP_NOTICE = 'The camera limit of 25 is reached: you can still speak and watch.';

const on = (state: CameraSlotState = initialCameraSlotState) => cameraSwitched(state, true);

describe('camera slots', () => {
  it('asks for a slot when the camera turns on, once', () => {
    const step = on();
    expect(step.commands).toEqual([{ kind: 'ask-for-slot' }]);
    expect(step.state).toMatchObject({ cameraOn: true, asking: true });
    expect(cameraSwitched(step.state, true).commands).toEqual([]);
  });

  it('keeps a granted camera on and clears an earlier notice', () => {
    const step = slotAnswered(on().state, granted);
    expect(step.state).toMatchObject({ holdsSlot: true, asking: false });
    expect(step.commands).toEqual([{ kind: 'notice', text: null }]);
  });

  it('gives the slot back when the camera turns off', () => {
    const holding = slotAnswered(on().state, granted).state;
    const step = cameraSwitched(holding, false);
    expect(step.commands).toEqual([{ kind: 'give-slot-back' }]);
    expect(step.state.holdsSlot).toBe(false);
  });

  it('turns a refused camera off and says why, without treating that "off" as the person', () => {
    const step = slotAnswered(on().state, refused);
    expect(step.commands).toEqual([{ kind: 'turn-camera-off' }, { kind: 'notice', text: CAP_NOTICE }]);
    const off = cameraSwitched(step.state, false);
    expect(off.commands).toEqual([]);
    expect(off.state).toEqual(initialCameraSlotState);
    // Trying again later asks again.
    expect(on(off.state).commands).toEqual([{ kind: 'ask-for-slot' }]);
  });

  it('only explains a refusal for a camera the person already turned off', () => {
    const asked = on().state;
    const off = cameraSwitched(asked, false);
    expect(off.commands).toEqual([]);
    expect(slotAnswered(off.state, refused).commands).toEqual([{ kind: 'notice', text: CAP_NOTICE }]);
  });

  it('gives back a slot granted after the camera was turned off', () => {
    const off = cameraSwitched(on().state, false).state;
    const step = slotAnswered(off, granted);
    expect(step.commands).toEqual([{ kind: 'give-slot-back' }]);
    expect(step.state.holdsSlot).toBe(false);
  });

  it('leaves a working camera alone when the request failed', () => {
    const step = slotAnswered(on().state, null);
    expect(step.commands).toEqual([]);
    expect(step.state).toMatchObject({ cameraOn: true, asking: false, holdsSlot: false });
  });

  it('asks again for a camera that is on after re-entering', () => {
    const holding = slotAnswered(on().state, granted).state;
    expect(slotResync(holding).commands).toEqual([{ kind: 'ask-for-slot' }]);
    expect(slotResync(initialCameraSlotState).commands).toEqual([]);
    expect(slotResync(on().state).commands).toEqual([]);
  });

  it('words both reasons', () => {
    expect(refusalNotice({ reason: 'CAMERA_CAP_REACHED', cap: 50 })).toBe('The camera limit of 50 is reached: you can still speak and watch.');
    expect(refusalNotice({ reason: 'NOT_ON_STAGE', cap: 10 })).toMatch(/on stage/);
  });
});
