import type { MessageId } from '../../i18n/catalogs/translation';
import { t } from '../../i18n/translate';
import type { DeviceTrouble } from './use-video-health';

/** One whole sentence per device and cause: languages inflect the device's name differently in each. */
const DEVICE_TROUBLE_MESSAGES: Record<DeviceTrouble['device'], Record<DeviceTrouble['cause'], MessageId>> = {
  camera: { blocked: 'meetingState.device.cameraBlocked', failed: 'meetingState.device.cameraFailed' },
  microphone: { blocked: 'meetingState.device.microphoneBlocked', failed: 'meetingState.device.microphoneFailed' },
};

/** What went wrong with a camera or microphone, and what the person can do about it. */
export function deviceTroubleText({ device, cause }: DeviceTrouble): string {
  return t(DEVICE_TROUBLE_MESSAGES[device][cause]);
}

/** The LMS frames the tool without delegating the devices: nobody in this frame can be seen or heard. */
export function frameBlocksDevicesNotice(): string {
  return t('meetingState.device.frameBlocks');
}
