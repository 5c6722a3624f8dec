import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/translate';

export type DeviceCheck = 'checking' | 'ready' | 'unavailable';

/** What the device check says, in the page's language at the time it is read. */
export function deviceCheckText(status: DeviceCheck): string {
  switch (status) {
    case 'checking':
      return t('meetings.deviceCheck.checking');
    case 'ready':
      return t('meetings.deviceCheck.ready');
    case 'unavailable':
      return t('meetings.deviceCheck.unavailable');
  }
}

/**
 * The same texts by status, for readers that index them (the stage invitation dialog):
 * getters, so each read is in the page's current language rather than frozen at load.
 */
export const DEVICE_CHECK_TEXT: Readonly<Record<DeviceCheck, string>> = {
  get checking() {
    return deviceCheckText('checking');
  },
  get ready() {
    return deviceCheckText('ready');
  },
  get unavailable() {
    return deviceCheckText('unavailable');
  },
};

/**
 * The invitation's device check (SPEC "Panel mode"): a local preview of camera and
 * microphone while the dialog is open. The tracks stop when it closes, so the camera light
 * goes off and Jitsi can take the devices.
 */
export function useDeviceCheck(): { status: DeviceCheck; videoRef: React.RefObject<HTMLVideoElement | null> } {
  const [status, setStatus] = useState<DeviceCheck>('checking');
  const videoRef = useRef<HTMLVideoElement | null>(null);

  useEffect(() => {
    const video = videoRef.current;
    let stream: MediaStream | null = null;
    let closed = false;
    const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
    if (!media?.getUserMedia) {
      setStatus('unavailable');
      return undefined;
    }
    media.getUserMedia({ video: true, audio: true }).then(
      (opened) => {
        if (closed) {
          opened.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = opened;
        if (video) video.srcObject = opened;
        setStatus('ready');
      },
      () => {
        if (!closed) setStatus('unavailable');
      },
    );
    return () => {
      closed = true;
      stream?.getTracks().forEach((track) => track.stop());
      if (video) video.srcObject = null;
    };
  }, []);

  return { status, videoRef };
}
