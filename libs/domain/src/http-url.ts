/**
 * `value` as an absolute http(s) URL (resolved against `base` when given), else null. URLs
 * from an LMS launch or an error page end up in links and window.open, where a
 * `javascript:` or `data:` URL would run code.
 */
export function httpUrlOrNull(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A URL hostname of this machine itself (as `URL.hostname` spells it): development and tests. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}
