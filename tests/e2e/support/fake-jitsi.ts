import type { BrowserContext, Page } from '@playwright/test';
import { jwtVerify } from 'jose';
import { expect } from './fixtures';

/**
 * No Jitsi server can run here, so pages get a recording stand-in for the IFrame API: it is
 * installed as `window.JitsiMeetExternalAPI` before any page script runs, which makes
 * @jitsi/react-sdk use it instead of loading external_api.js from the Jitsi domain. It
 * records what the page hands Jitsi (domain, options, JWT), the commands it sends and the
 * listeners it registers, and lets a test emit IFrame API events into the page.
 */
function installFakeJitsi(behaviour: FakeJitsiBehaviour = 'answers'): void {
  // Self-contained: Playwright sends this function's source into the page, so it cannot use
  // anything declared outside it (FakeJitsiRecord below describes the same record for tests).
  type Listener = (payload?: unknown) => void;
  interface Recorded {
    domain: string;
    options: Record<string, unknown>;
    commands: Array<{ name: string; args: unknown[] }>;
    events: string[];
    disposed: boolean;
    createdAt: number;
    audioMuted: boolean;
    videoMuted: boolean;
  }
  const instances: Array<{ record: Recorded; emit(event: string, payload?: unknown): void }> = [];
  class FakeJitsiMeetExternalAPI {
    private readonly listeners = new Map<string, Listener[]>();
    private readonly record: Recorded;
    private videoMuted: boolean;
    private audioMuted: boolean;

    constructor(domain: string, options: Record<string, unknown>) {
      const { parentNode: _parentNode, ...rest } = options;
      const config = (options.configOverwrite ?? {}) as Record<string, unknown>;
      this.videoMuted = config.startWithVideoMuted === true;
      this.audioMuted = config.startWithAudioMuted === true;
      this.record = {
        domain, options: JSON.parse(JSON.stringify(rest)), commands: [], events: [], disposed: false, createdAt: Date.now(), audioMuted: this.audioMuted, videoMuted: this.videoMuted,
      };
      instances.push({ record: this.record, emit: (event, payload) => this.emit(event, payload) });
      // Like Jitsi once its app has loaded: the prejoin screen shows (the conference joins
      // when the person passes it: joinConference). A Jitsi that never answers stays silent.
      const prejoin = (config.prejoinConfig as { enabled?: boolean } | undefined)?.enabled === true;
      if (behaviour === 'answers' && prejoin) setTimeout(() => this.emit('prejoinScreenLoaded'), 0);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      this.record.events.push(event);
      return this;
    }
    addListener(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    addEventListener(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    off(event: string, listener: Listener) {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
      return this;
    }
    removeListener(event: string, listener: Listener) {
      return this.off(event, listener);
    }
    removeEventListener(event: string, listener: Listener) {
      return this.off(event, listener);
    }
    executeCommand(name: string, ...args: unknown[]) {
      this.record.commands.push({ name, args: JSON.parse(JSON.stringify(args)) });
      // Like Jitsi: toggling media reports the new state; hanging up closes the meeting.
      if (name === 'toggleVideo') {
        this.videoMuted = !this.videoMuted;
        this.emit('videoMuteStatusChanged', { muted: this.videoMuted });
      }
      if (name === 'toggleAudio') {
        this.audioMuted = !this.audioMuted;
        this.emit('audioMuteStatusChanged', { muted: this.audioMuted });
      }
      if (name === 'hangup') this.emit('readyToClose');
    }
    executeCommands(commands: Record<string, unknown[]>) {
      for (const [name, args] of Object.entries(commands)) this.executeCommand(name, ...(Array.isArray(args) ? args : [args]));
    }
    isVideoMuted() {
      return Promise.resolve(this.videoMuted);
    }
    isAudioMuted() {
      return Promise.resolve(this.audioMuted);
    }
    getIFrame() {
      return null;
    }
    dispose() {
      this.record.disposed = true;
    }
    private emit(event: string, payload?: unknown) {
      if (event === 'videoMuteStatusChanged') this.videoMuted = (payload as { muted: boolean }).muted;
      if (event === 'audioMuteStatusChanged') this.audioMuted = (payload as { muted: boolean }).muted;
      this.record.audioMuted = this.audioMuted;
      this.record.videoMuted = this.videoMuted;
      for (const listener of this.listeners.get(event) ?? []) listener(payload);
    }
  }
  Object.assign(window, { JitsiMeetExternalAPI: FakeJitsiMeetExternalAPI, __fakeJitsi: instances });
}

export interface FakeJitsiRecord {
  domain: string;
  options: {
    roomName: string;
    jwt?: string;
    configOverwrite: Record<string, unknown>;
    interfaceConfigOverwrite?: Record<string, unknown>;
    userInfo?: { displayName?: string; email?: string };
    /** The language the meeting opens in, as Jitsi names it. */
    lang?: string;
  };
  commands: Array<{ name: string; args: unknown[] }>;
  events: string[];
  disposed: boolean;
  /** Date.now() in the page when the meeting was embedded. */
  createdAt: number;
  /** The media as the fake holds it now: from startWith*Muted, then every toggle. */
  audioMuted: boolean;
  videoMuted: boolean;
}

/** 'answers': the prejoin screen loads as soon as the meeting is embedded; 'silent': Jitsi never shows anything. */
export type FakeJitsiBehaviour = 'answers' | 'silent';

/** Every page of `context` gets the fake before its own scripts run. */
export async function useFakeJitsi(context: BrowserContext, behaviour: FakeJitsiBehaviour = 'answers'): Promise<void> {
  await context.addInitScript(installFakeJitsi, behaviour);
}

/** The fake arrives in a page that is already open: the Jitsi domain has become reachable. */
export async function installFakeJitsiNow(page: Page): Promise<void> {
  await page.evaluate(installFakeJitsi, 'answers' as FakeJitsiBehaviour);
}

/** What the page has handed to Jitsi so far, one entry per embedded meeting. */
export async function fakeJitsiRecords(page: Page): Promise<FakeJitsiRecord[]> {
  return page.evaluate(() => ((window as unknown as { __fakeJitsi?: Array<{ record: unknown }> }).__fakeJitsi ?? []).map((i) => i.record)) as Promise<FakeJitsiRecord[]>;
}

/** Waits until the page has embedded `count` meetings and returns the latest. */
export async function embeddedMeeting(page: Page, count = 1): Promise<FakeJitsiRecord> {
  await expect.poll(async () => (await fakeJitsiRecords(page)).length, { message: 'the page embeds the Jitsi meeting' }).toBeGreaterThanOrEqual(count);
  const records = await fakeJitsiRecords(page);
  return records[records.length - 1];
}

/** Emits an IFrame API event into the latest embedded meeting, as Jitsi would. */
export async function emitJitsiEvent(page: Page, event: string, payload?: unknown): Promise<void> {
  await page.evaluate(({ event, payload }) => {
    const instances = (window as unknown as { __fakeJitsi: Array<{ emit(e: string, p?: unknown): void }> }).__fakeJitsi;
    instances[instances.length - 1].emit(event, payload);
  }, { event, payload });
}

/**
 * The page's Jitsi joins the conference, as Jitsi reports it once the prejoin screen is
 * passed: 'videoConferenceJoined' with the participant's id in the conference.
 */
export async function joinConference(page: Page, jitsiParticipantId: string): Promise<void> {
  await emitJitsiEvent(page, 'videoConferenceJoined', { id: jitsiParticipantId, roomName: 'fake', displayName: 'fake' });
}

/** The commands the page's latest embedded meeting was sent, as [name, ...args]. */
export async function jitsiCommands(page: Page): Promise<unknown[][]> {
  const record = await embeddedMeeting(page);
  return record.commands.map((c) => [c.name, ...c.args]);
}

/** A self-hosted Jitsi deployment with token authentication, as the account is configured in these tests. */
export const TEST_JITSI = { kind: 'self-hosted', domain: 'meet.rooms.test', appId: 'lti-rooms-e2e', appSecret: 'e2e-jitsi-app-secret-0123456789abcdef' } as const;

/**
 * Checks a JWT the way a Jitsi deployment with token authentication (prosody) does before
 * letting someone in: HS256 signature with the app secret, audience, issuer, subject (the
 * domain), the room it is for, and an expiry in the future.
 */
export async function verifyAsJitsi(record: FakeJitsiRecord): Promise<{ moderator: boolean; context: { user: { name: string; moderator: boolean; affiliation: string } } }> {
  expect(record.domain).toBe(TEST_JITSI.domain);
  expect(record.options.jwt, 'the page passes Jitsi a JWT').toBeTruthy();
  const { payload } = await jwtVerify(record.options.jwt!, new TextEncoder().encode(TEST_JITSI.appSecret), {
    audience: 'jitsi', issuer: TEST_JITSI.appId, subject: TEST_JITSI.domain, algorithms: ['HS256'],
  });
  expect(payload.room).toBe(record.options.roomName);
  expect(payload.exp! * 1000).toBeGreaterThan(Date.now());
  return payload as never;
}
