/**
 * The parts of Jitsi's IFrame API (JitsiMeetExternalAPI) the meeting page uses. Narrower
 * than the SDK's type on purpose: the browser tests' recording fake implements just these.
 */
export interface JitsiApi {
  on(event: string, listener: (payload: never) => void): unknown;
  executeCommand(name: string, ...args: unknown[]): void;
  isVideoMuted(): Promise<boolean>;
  dispose(): void;
}

/** Payload of 'videoMuteStatusChanged'. */
export interface VideoMuteStatus {
  muted: boolean;
}
