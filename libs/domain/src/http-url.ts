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
