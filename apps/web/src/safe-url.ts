import { httpUrlOrNull } from '@lti-rooms/domain';

/** Resolves `value` (absolute, or relative to this page) and returns it only when it is an http(s) URL (rule: libs/domain http-url). */
export function toSafeHttpUrl(value: string | null | undefined): string | null {
  return httpUrlOrNull(value, window.location.href);
}
