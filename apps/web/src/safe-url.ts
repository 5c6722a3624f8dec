/**
 * Resolves `value` (absolute, or relative to this page) and returns it only when it is an
 * http(s) URL. URLs from an LMS launch or an error page end up in links and window.open,
 * where a `javascript:` or `data:` URL would run code.
 */
export function toSafeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
