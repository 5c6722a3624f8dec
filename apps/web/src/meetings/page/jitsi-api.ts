/**
 * The parts of Jitsi's IFrame API (JitsiMeetExternalAPI) the meeting page uses. Narrower
 * than the SDK's type on purpose: the browser tests' recording fake implements just these.
 * Commands the page sends: toggleAudio, toggleVideo, overwriteConfig and, from hosts' pages
 * in panel rooms, toggleModeration, askToUnmute, approveVideo, rejectParticipant and
 * grantModerator (see meetings/stage-jitsi.ts).
 */
export interface JitsiApi {
  on(event: string, listener: (payload: never) => void): unknown;
  executeCommand(name: string, ...args: unknown[]): void;
  isAudioMuted(): Promise<boolean>;
  isVideoMuted(): Promise<boolean>;
  dispose(): void;
}

/** Payload of 'videoMuteStatusChanged'. */
export interface VideoMuteStatus {
  muted: boolean;
}

/** Payload of 'videoConferenceJoined': `id` is this page's participant id in the conference. */
export interface ConferenceJoined {
  id: string;
  roomName?: string;
  displayName?: string;
}
