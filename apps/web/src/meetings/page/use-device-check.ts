import { useEffect, useRef, useState } from 'react';

export type DeviceCheck = 'checking' | 'ready' | 'unavailable';

export const DEVICE_CHECK_TEXT: Record<DeviceCheck, string> = {
  checking: 'Checking your camera and microphone…',
  ready: 'Camera and microphone are ready.',
  unavailable: 'Your camera or microphone is not available. You can still join the stage and turn them on in the meeting.',
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
