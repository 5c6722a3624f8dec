import type { JitsiEmbed } from '@lti-rooms/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JitsiApi } from '../page/jitsi-api';
import { jitsiScriptUrl, loadJitsiScript } from './jitsi-script';

/**
 * Once the IFrame API runs, how long Jitsi has to show its first screen (the prejoin screen,
 * or the conference when there is none). Jitsi loads its app (a few MB) and connects to
 * its server in that time; 30 s allows a slow connection and still tells people well
 * before they give up on a blank frame.
 */
export const JITSI_ANSWER_TIMEOUT_MS = 30_000;

/** Why the video is not there: its script never loaded, or Jitsi never showed its first screen. */
export type VideoTrouble = 'unreachable' | 'no-answer';

/** A device Jitsi could not open: the browser or the page around the tool refused it, or it failed. */
export interface DeviceTrouble {
  device: 'camera' | 'microphone';
  cause: 'blocked' | 'failed';
}

/** Payload of Jitsi's 'cameraError' and 'micError' (type: a JitsiTrackErrors constant). */
interface DeviceError {
  type?: string;
}

export interface VideoHealth {
  /** Grows with each Retry: the key of the embed, which a retry builds anew. */
  attempt: number;
  /** The IFrame API is there: the embed may be built. */
  scriptReady: boolean;
  trouble: VideoTrouble | null;
  devices: DeviceTrouble[];
  /** The LMS frames the tool without letting it use the camera and microphone. */
  frameBlocksDevices: boolean;
  attach: (api: JitsiApi) => void;
  retry: () => void;
}

const hasJitsiApi = () => Boolean((window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI);

/**
 * Watches the video come up, so nobody waits in front of a spinner for ever (a campus
 * firewall, a self-hosted Jitsi that is down): the script load is bounded, and so is the
 * wait for Jitsi's first screen once it runs. Also collects camera and microphone failures.
 */
export function useVideoHealth(embed: Pick<JitsiEmbed, 'domain' | 'appId' | 'provider'>): VideoHealth {
  const scriptUrl = jitsiScriptUrl(embed);
  const [attempt, setAttempt] = useState(0);
  const [scriptReady, setScriptReady] = useState(hasJitsiApi);
  const [trouble, setTrouble] = useState<VideoTrouble | null>(null);
  const [devices, setDevices] = useState<DeviceTrouble[]>([]);
  const [frameBlocksDevices] = useState(() => framedWithoutDevices());
  const answerTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (hasJitsiApi()) {
      setScriptReady(true);
      return undefined;
    }
    let current = true;
    loadJitsiScript(scriptUrl).then(
      () => current && setScriptReady(true),
      () => current && setTrouble('unreachable'),
    );
    return () => {
      current = false;
    };
  }, [scriptUrl, attempt]);

  useEffect(() => () => window.clearTimeout(answerTimer.current), []);

  const attach = useCallback((api: JitsiApi) => {
    window.clearTimeout(answerTimer.current);
    answerTimer.current = window.setTimeout(() => setTrouble('no-answer'), JITSI_ANSWER_TIMEOUT_MS);
    const answered = () => {
      window.clearTimeout(answerTimer.current);
      setTrouble(null);
    };
    api.on('prejoinScreenLoaded', answered);
    api.on('videoConferenceJoined', answered);
    const report = (device: DeviceTrouble['device']) => (error: DeviceError) => {
      const cause = error?.type === 'gum.permission_denied' ? 'blocked' : 'failed';
      setDevices((now) => [...now.filter((d) => d.device !== device), { device, cause }]);
    };
    api.on('cameraError', report('camera'));
    api.on('micError', report('microphone'));
  }, []);

  const retry = useCallback(() => {
    window.clearTimeout(answerTimer.current);
    setTrouble(null);
    setDevices([]);
    setScriptReady(hasJitsiApi());
    setAttempt((n) => n + 1);
  }, []);

  return { attempt, scriptReady, trouble, devices, frameBlocksDevices, attach, retry };
}

interface PermissionsPolicy {
  allowsFeature(feature: string): boolean;
}

/**
 * An LMS that frames the tool must delegate the camera and microphone to it
 * (allow="camera; microphone; display-capture" on its iframe), or no call can use them.
 * Browsers that cannot tell (no permissions policy API) are given the benefit of the doubt.
 */
export function framedWithoutDevices(win: Window = window): boolean {
  if (win.top === win.self) return false;
  const page = win.document as Document & { featurePolicy?: PermissionsPolicy; permissionsPolicy?: PermissionsPolicy };
  const policy = page.permissionsPolicy ?? page.featurePolicy;
  if (!policy) return false;
  return !policy.allowsFeature('camera') || !policy.allowsFeature('microphone');
}
