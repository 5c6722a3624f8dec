import { z } from 'zod';
import type { LaunchOptions } from './types';

/**
 * lti_message_hint is opaque to the tool: the LMS writes it into the login initiation and
 * gets it back unchanged on /auth. It says what the launch is about, so the LMS can build
 * the id_token without a session. Format: base64url of a small JSON object.
 */
/** A BCP 47-like language tag (Moodle writes `pt_br`), as LMSs send in a launch's locale. */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/;

const messageHintSchema = z.object({
  v: z.literal(1),
  /** rl = LtiResourceLinkRequest, dl = LtiDeepLinkingRequest */
  type: z.enum(['rl', 'dl']),
  course: z.string().min(1),
  /** Resource link id; absent for deep linking. */
  link: z.string().min(1).optional(),
  /** Role override chosen by a test; absent means the user's own roles. */
  roles: z.array(z.string()).optional(),
  /** The login offered the platform's storage frame: the launch names it again. */
  storage: z.literal(true).optional(),
  /** The launch's locale: the course page's language (`?lang=`) or a test's; null: none sent; absent: the LMS's own (en-US). */
  locale: z.string().regex(LANGUAGE_TAG_PATTERN).max(35).nullable().optional(),
  /** The AGS scopes the launch grants (a test's); null: no AGS claim; absent: all of them. */
  ags: z.array(z.string().max(200)).max(10).nullable().optional(),
});

export type MessageHint = z.infer<typeof messageHintSchema>;

export function encodeMessageHint(hint: MessageHint): string {
  return Buffer.from(JSON.stringify(hint), 'utf8').toString('base64url');
}

/** Returns null when the hint was not produced by this LMS (or was altered). */
export function decodeMessageHint(encoded: string): MessageHint | null {
  try {
    const json: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    const parsed = messageHintSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function launchOptionsFromHint(hint: MessageHint): LaunchOptions {
  return {
    messageType: hint.type === 'dl' ? 'LtiDeepLinkingRequest' : 'LtiResourceLinkRequest',
    courseId: hint.course,
    resourceLinkId: hint.link,
    roles: hint.roles,
    platformStorage: hint.storage,
    locale: hint.locale,
    agsScopes: hint.ags,
  };
}
