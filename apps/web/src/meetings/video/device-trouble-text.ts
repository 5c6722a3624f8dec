import type { DeviceTrouble } from './use-video-health';

const DEVICE_NAMES: Record<DeviceTrouble['device'], string> = { camera: 'camera', microphone: 'microphone' };

/** What went wrong with a camera or microphone, and what the person can do about it. */
export function deviceTroubleText({ device, cause }: DeviceTrouble): string {
  const name = DEVICE_NAMES[device];
  return cause === 'blocked'
    ? `Your browser blocks the ${name} for this meeting. Allow it with the camera icon in the address bar (or the site settings), then turn the ${name} on again.`
    : `Your ${name} could not be started. Check that it is connected and that no other app is using it, then turn it on again.`;
}

/** The LMS frames the tool without delegating the devices: nobody in this frame can be seen or heard. */
export const FRAME_BLOCKS_DEVICES_NOTICE =
  'The page around LTI Rooms (your LMS) does not let it use your camera and microphone. Open the video in a new tab, or ask your LMS administrator to allow camera, microphone and screen sharing for LTI Rooms (allow="camera; microphone; display-capture" on its frame).';
