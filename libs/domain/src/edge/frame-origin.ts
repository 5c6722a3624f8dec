import { CLAIM } from '../lti-vocabulary';

/**
 * The origins allowed to frame the tool (CSP `frame-ancestors`). An LMS shows the tool in an
 * iframe of its course pages, whose origin is often not the LMS's issuer: Canvas Cloud's
 * issuer https://canvas.instructure.com frames nothing, its course pages live on each
 * institution's own host. So origins come from where the LMS really is (its login endpoint,
 * the return URL and platform URL of its launches) and from what an administrator adds.
 */

/** Origins one account learns from its launches; more means a platform sends a new host per launch. */
export const MAX_LAUNCH_FRAME_ORIGINS = 20;
/** Origins an administrator or operator may add to one account (vanity domains). */
export const MAX_ADDED_FRAME_ORIGINS = 20;
/** The frame_origins.origin column. */
export const FRAME_ORIGIN_MAX_LENGTH = 300;

export const FRAME_ORIGIN_SOURCES = ['registration', 'launch', 'admin', 'operator'] as const;
export type FrameOriginSource = (typeof FRAME_ORIGIN_SOURCES)[number];

/** A host a CSP host source can name: letters, digits, dots and hyphens (no IPv6 literal, no empty label). */
const CSP_HOST = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * The origin of an http(s) URL, as a CSP host source, or null when the value cannot be one.
 * Scheme and host are lower-cased and the default port dropped, as browsers compare them.
 */
export function frameOriginOf(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!CSP_HOST.test(parsed.hostname)) return null;
  const origin = parsed.origin;
  return origin.length <= FRAME_ORIGIN_MAX_LENGTH ? origin : null;
}

/** Whether an origin an administrator typed cannot be used: ORIGIN_INVALID, or null when it can. */
export function frameOriginProblem(input: string): 'ORIGIN_INVALID' | null {
  return frameOriginOf(input) === null ? 'ORIGIN_INVALID' : null;
}

/**
 * Where a verified launch shows its LMS lives: the return URL (the course page that framed
 * the launch), the platform's home URL and the Deep Linking return URL. Never the issuer.
 */
export function launchFrameOrigins(claims: Record<string, unknown>): string[] {
  const field = (claim: string, name: string) => (claims[claim] as Record<string, unknown> | undefined)?.[name];
  const candidates = [
    field(CLAIM.launchPresentation, 'return_url'),
    field(CLAIM.toolPlatform, 'url'),
    field(CLAIM.deepLinkingSettings, 'deep_link_return_url'),
  ];
  return [...new Set(candidates.map(frameOriginOf).filter((origin): origin is string => origin !== null))];
}
