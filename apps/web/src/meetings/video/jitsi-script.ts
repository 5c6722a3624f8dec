import type { JitsiEmbed } from '@lti-rooms/contracts';

/**
 * How long the page waits for the IFrame API script (external_api.js, about 100 KB) before
 * saying the video service cannot be reached. A firewall that drops packets makes the
 * browser wait minutes for a script; 20 s is far past a slow phone's load of it, and short
 * enough that nobody sits in front of a spinner wondering.
 */
export const JITSI_SCRIPT_TIMEOUT_MS = 20_000;

/** Where Jitsi serves the IFrame API for this embed (JaaS: under the app id). */
export function jitsiScriptUrl(embed: Pick<JitsiEmbed, 'domain' | 'appId' | 'provider'>): string {
  return `https://${embed.domain}/${tenantPath(embed)}external_api.js`;
}

/** The same conference opened as a page of its own: the fallback when the embedded one cannot run. */
export function jitsiRoomUrl(embed: Pick<JitsiEmbed, 'domain' | 'appId' | 'provider' | 'roomName' | 'jwt'>): string {
  const url = new URL(`https://${embed.domain}/${tenantPath(embed)}${encodeURIComponent(embed.roomName)}`);
  if (embed.jwt) url.searchParams.set('jwt', embed.jwt);
  return url.toString();
}

function tenantPath({ provider, appId }: Pick<JitsiEmbed, 'appId' | 'provider'>): string {
  return provider === 'jaas' && appId ? `${appId}/` : '';
}

/**
 * Loads the IFrame API once per page, failing on a load error or after `timeoutMs`. The SDK
 * has its own loader but keeps its first promise for good, failed or not, so Retry could
 * never load the script again; once this one has set `window.JitsiMeetExternalAPI`, the
 * SDK takes it from there.
 */
export function loadJitsiScript(url: string, timeoutMs = JITSI_SCRIPT_TIMEOUT_MS): Promise<void> {
  if ((window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const timer = window.setTimeout(() => fail(), timeoutMs);
    function done() {
      window.clearTimeout(timer);
      script.onload = null;
      script.onerror = null;
    }
    function fail() {
      done();
      // A later try adds a fresh script: a removed one cannot load again.
      script.remove();
      reject(new Error(`The IFrame API did not load from ${url}`));
    }
    script.async = true;
    script.src = url;
    script.onload = () => {
      // Something answered, but not Jitsi (a captive portal, a proxy's page): as good as unreachable.
      if (!(window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI) return fail();
      done();
      resolve();
    };
    script.onerror = fail;
    document.head.appendChild(script);
  });
}
