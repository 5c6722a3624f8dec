import type { CameraResult } from '@lti-rooms/contracts';
import { t } from '../i18n/translate';

/**
 * Keeps the server's camera slots (SPEC "Interactive mode": a cap on cameras on at once) in
 * step with the local camera in Jitsi. Jitsi is the source of what the camera does; the
 * server decides whether it may stay on. Pure: the meeting view runs the commands.
 */
export interface CameraSlotState {
  /** What Jitsi last said about the local camera. */
  cameraOn: boolean;
  /** A "camera on" request awaits its answer. */
  asking: boolean;
  /** The server counts this camera against the cap. */
  holdsSlot: boolean;
  /** We switched the camera off after a refusal: the "off" Jitsi reports next is ours, not news. */
  turningOff: boolean;
}

export type CameraSlotCommand =
  | { kind: 'ask-for-slot' }
  | { kind: 'give-slot-back' }
  /** Jitsi's toggleVideo: only ever sent while the camera is on, so it always turns it off. */
  | { kind: 'turn-camera-off' }
  | { kind: 'notice'; text: string | null };

export interface CameraSlotStep {
  state: CameraSlotState;
  commands: CameraSlotCommand[];
}

export const initialCameraSlotState: CameraSlotState = { cameraOn: false, asking: false, holdsSlot: false, turningOff: false };

/** Jitsi's videoMuteStatusChanged (or isVideoMuted after joining): the camera is now on or off. */
export function cameraSwitched(state: CameraSlotState, on: boolean): CameraSlotStep {
  if (on === state.cameraOn) return { state, commands: [] };
  if (on) {
    const next = { ...state, cameraOn: true, turningOff: false };
    if (state.holdsSlot || state.asking) return { state: next, commands: [] };
    return { state: { ...next, asking: true }, commands: [{ kind: 'ask-for-slot' }] };
  }
  const next = { ...state, cameraOn: false };
  if (state.turningOff) return { state: { ...next, turningOff: false }, commands: [] };
  // Off while the request is out: the answer decides (a granted slot is given back then).
  if (state.holdsSlot) return { state: { ...next, holdsSlot: false }, commands: [{ kind: 'give-slot-back' }] };
  return { state: next, commands: [] };
}

/** The server's answer to "camera on"; null when the request failed (no answer, an error). */
export function slotAnswered(state: CameraSlotState, result: CameraResult | null): CameraSlotStep {
  const settled = { ...state, asking: false };
  // A failed request does not switch a working camera off: the server did not refuse it.
  if (!result) return { state: settled, commands: [] };
  if (result.granted) {
    if (state.cameraOn) return { state: { ...settled, holdsSlot: true }, commands: [{ kind: 'notice', text: null }] };
    // Turned off while we were asking: the slot is not needed any more.
    return { state: { ...settled, holdsSlot: false }, commands: [{ kind: 'give-slot-back' }] };
  }
  const notice: CameraSlotCommand = { kind: 'notice', text: refusalNotice(result) };
  if (!state.cameraOn) return { state: { ...settled, holdsSlot: false }, commands: [notice] };
  return { state: { ...settled, holdsSlot: false, turningOff: true }, commands: [{ kind: 'turn-camera-off' }, notice] };
}

/**
 * After re-entering (a reconnect), the server may have let the slot go with the seat: ask
 * again for a camera that is on. The server grants a slot it already counts.
 */
export function slotResync(state: CameraSlotState): CameraSlotStep {
  if (!state.cameraOn || state.asking) return { state, commands: [] };
  return { state: { ...state, asking: true }, commands: [{ kind: 'ask-for-slot' }] };
}

/** Why the camera stays off, in the person's words. */
export function refusalNotice(result: Pick<CameraResult, 'reason' | 'cap'>): string {
  if (result.reason === 'NOT_ON_STAGE') return t('meetingState.camera.notOnStage');
  return t('meetingState.camera.capReached', { cap: result.cap });
}
