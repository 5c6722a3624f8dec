import type { CameraResult, MeetingBody } from '@lti-rooms/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { cameraSwitched, initialCameraSlotState, slotAnswered, slotResync, type CameraSlotStep } from '../camera-slot';
import type { JitsiApi, VideoMuteStatus } from './jitsi-api';

interface CameraSlot {
  /** Hook the camera rules onto the Jitsi API once it exists. */
  attach: (api: JitsiApi) => void;
  /** Why the camera was turned off, while that holds. */
  notice: string | null;
}

/**
 * Interactive rooms (SPEC "Interactive mode"): a camera that turns on in Jitsi takes a slot
 * on the server; past the cap it is turned off again and the person is told why. The
 * decisions are camera-slot.ts's; this runs its commands against Jitsi and the server.
 */
export function useCameraSlot(meeting: MeetingBody, setCamera: (on: boolean) => Promise<CameraResult | null>): CameraSlot {
  const tracksCamera = meeting.mode === 'interactive' && !meeting.viewOnly;
  const [notice, setNotice] = useState<string | null>(null);
  const state = useRef(initialCameraSlotState);
  const api = useRef<JitsiApi | null>(null);

  const apply = useCallback(
    function apply(step: CameraSlotStep) {
      state.current = step.state;
      for (const command of step.commands) {
        switch (command.kind) {
          case 'ask-for-slot':
            void setCamera(true).then((result) => apply(slotAnswered(state.current, result)));
            break;
          case 'give-slot-back':
            void setCamera(false);
            break;
          case 'turn-camera-off':
            api.current?.executeCommand('toggleVideo');
            break;
          case 'notice':
            setNotice(command.text);
            break;
        }
      }
    },
    [setCamera],
  );

  const attach = useCallback(
    (jitsi: JitsiApi) => {
      api.current = jitsi;
      if (!tracksCamera) return;
      jitsi.on('videoMuteStatusChanged', (status: VideoMuteStatus) => apply(cameraSwitched(state.current, !status.muted)));
      // A camera already on when joining (chosen on the prejoin screen) sends no change event.
      jitsi.on('videoConferenceJoined', () => {
        jitsi.isVideoMuted().then(
          (muted) => apply(cameraSwitched(state.current, !muted)),
          () => undefined,
        );
      });
    },
    [tracksCamera, apply],
  );

  // Re-admitted after a reconnect (a new meeting body, same seat): make sure the slot is still held.
  const firstMeeting = useRef(meeting);
  useEffect(() => {
    if (tracksCamera && meeting !== firstMeeting.current) apply(slotResync(state.current));
  }, [meeting, tracksCamera, apply]);

  // Disposed with the view: late answers must not command a closed frame.
  useEffect(
    () => () => {
      api.current = null;
    },
    [],
  );

  return { attach, notice };
}
