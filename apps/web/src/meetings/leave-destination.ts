import type { MeResponse } from '@lti-rooms/contracts';

/** Where "Leave session" and "Back to the course" go: a page of this app, or the LMS. */
export type LeaveDestination = { kind: 'route'; path: string } | { kind: 'external'; url: string };

export const FALLBACK_ROUTE = '/my-rooms';

/**
 * SPEC "Leave": back to the channel (course) the room was opened from; without a channel,
 * to the LMS's return URL when it is a safe http(s) URL; otherwise My Rooms. `toSafeUrl`
 * is toSafeHttpUrl in the app (injected so this rule is testable without a browser).
 */
export function leaveDestination(
  me: Pick<MeResponse, 'channel' | 'returnUrl'> | null,
  toSafeUrl: (url: string | null) => string | null,
): LeaveDestination {
  if (me?.channel) return { kind: 'route', path: `/channels/${encodeURIComponent(me.channel.id)}` };
  const returnUrl = toSafeUrl(me?.returnUrl ?? null);
  if (returnUrl) return { kind: 'external', url: returnUrl };
  return { kind: 'route', path: FALLBACK_ROUTE };
}
