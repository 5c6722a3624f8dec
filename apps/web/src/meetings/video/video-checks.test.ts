/** @jest-environment jsdom */
import { afterEach, describe, expect, it } from '@jest/globals';
import { jitsiRoomUrl, jitsiScriptUrl, loadJitsiScript } from './jitsi-script';
import { framedWithoutDevices } from './use-video-health';

const selfHosted = { provider: 'jitsi', domain: 'meet.example.edu', appId: null, roomName: 'room one', jwt: 'a.b.c' } as const;
const jaas = { provider: 'jaas', domain: '8x8.vc', appId: 'vpaas-magic-cookie-1', roomName: 'lti-room', jwt: null } as const;

describe('where the video lives', () => {
  it('self-hosted: the IFrame API and the room under the domain, the token in the address Jitsi reads', () => {
    expect(jitsiScriptUrl(selfHosted)).toBe('https://meet.example.edu/external_api.js');
    expect(jitsiRoomUrl(selfHosted)).toBe('https://meet.example.edu/room%20one?jwt=a.b.c');
  });

  it('JaaS: both under the app id; no token, no query', () => {
    expect(jitsiScriptUrl(jaas)).toBe('https://8x8.vc/vpaas-magic-cookie-1/external_api.js');
    expect(jitsiRoomUrl(jaas)).toBe('https://8x8.vc/vpaas-magic-cookie-1/lti-room');
  });
});

describe('loading the IFrame API', () => {
  afterEach(() => {
    delete (window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI;
    document.head.innerHTML = '';
  });

  it('gives up after its timeout and takes its script away, so a retry adds a fresh one', async () => {
    // jsdom fetches no scripts: neither load nor error ever comes, as behind a firewall that drops packets.
    await expect(loadJitsiScript('https://meet.example.edu/external_api.js', 50)).rejects.toThrow('did not load');
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
  });

  it('fails at once on a load error', async () => {
    const loading = loadJitsiScript('https://meet.example.edu/external_api.js', 60_000);
    document.head.querySelector('script')!.dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow('did not load');
  });

  it('a script that loads without defining the API (a captive portal page) is a failure', async () => {
    const loading = loadJitsiScript('https://meet.example.edu/external_api.js', 60_000);
    document.head.querySelector('script')!.dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow('did not load');
  });

  it('does nothing when the API is already there', async () => {
    Object.assign(window, { JitsiMeetExternalAPI: class {} });
    await expect(loadJitsiScript('https://meet.example.edu/external_api.js', 50)).resolves.toBeUndefined();
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('an LMS frame that does not delegate camera and microphone', () => {
  function framedPage(allowed: string[] | null): Window {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow!;
    if (allowed) Object.assign(win.document, { featurePolicy: { allowsFeature: (feature: string) => allowed.includes(feature) } });
    return win;
  }

  it('is found when the frame lacks camera or microphone', () => {
    expect(framedWithoutDevices(framedPage(['microphone']))).toBe(true);
    expect(framedWithoutDevices(framedPage([]))).toBe(true);
  });

  it('is not reported when the frame allows both, when the browser cannot tell, or outside a frame', () => {
    expect(framedWithoutDevices(framedPage(['camera', 'microphone', 'display-capture']))).toBe(false);
    expect(framedWithoutDevices(framedPage(null))).toBe(false);
    expect(framedWithoutDevices(window)).toBe(false);
  });
});
