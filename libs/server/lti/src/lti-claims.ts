import { z } from 'zod';
import { CLAIM, characterLength, SUPPORTED_SCOPES, TEXT_LIMITS, truncateText } from '@lti-rooms/domain';

export { CLAIM };

const optionalText = z.string().nullish().transform((value) => value ?? null);

/**
 * Every claim the tool stores fits its column (TEXT_LIMITS), whatever the platform sends:
 * an identifier that does not fit is refused (the launch error page names it), a name or
 * title is cut to fit, and an over-long URL, address or locale is dropped, since a cut one
 * would be wrong. NUL bytes, which no column can hold, leave names and refuse identifiers.
 */
const identifier = z
  .string()
  .min(1, 'is required')
  .max(TEXT_LIMITS.ltiId, `is longer than ${TEXT_LIMITS.ltiId} characters`)
  .refine((value) => !value.includes('\u0000'), 'must not contain a NUL byte (\\0)');
const displayText = (limit: number) =>
  optionalText.transform((value) => (value === null ? null : truncateText(value.replaceAll('\u0000', ''), limit).trim() || null));
const wholeOrNothing = (limit: number) =>
  optionalText.transform((value) => (value !== null && characterLength(value) <= limit && !value.includes('\u0000') ? value : null));

/** The LTI 1.3 claims the tool relies on, after the signature has been verified. */
export const launchClaimsSchema = z
  .object({
    sub: identifier,
    name: displayText(TEXT_LIMITS.personName),
    given_name: displayText(TEXT_LIMITS.personName),
    family_name: displayText(TEXT_LIMITS.personName),
    email: wholeOrNothing(TEXT_LIMITS.email),
    picture: wholeOrNothing(TEXT_LIMITS.url),
    locale: wholeOrNothing(TEXT_LIMITS.locale),
    [CLAIM.version]: z.literal('1.3.0', { error: 'version must be 1.3.0' }),
    [CLAIM.messageType]: z.string(),
    [CLAIM.deploymentId]: identifier.optional(),
    [CLAIM.targetLinkUri]: wholeOrNothing(TEXT_LIMITS.url),
    [CLAIM.roles]: z.array(z.string()),
    [CLAIM.resourceLink]: z.object({ id: identifier, title: optionalText }).optional(),
    [CLAIM.context]: z.object({ id: identifier, title: displayText(TEXT_LIMITS.courseTitle), label: displayText(TEXT_LIMITS.courseLabel) }).optional(),
    [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
    [CLAIM.launchPresentation]: z.object({ return_url: wholeOrNothing(TEXT_LIMITS.url), locale: wholeOrNothing(TEXT_LIMITS.locale) }).partial().optional(),
    [CLAIM.nrps]: z.object({ context_memberships_url: wholeOrNothing(TEXT_LIMITS.url) }).optional(),
    // A grade service the tool cannot read is no reason to refuse the launch: it is simply absent.
    // Only the scopes the tool knows are kept, so what is stored stays bounded.
    [CLAIM.ags]: z
      .object({
        scope: z.array(z.string()).max(50).transform((scopes) => [...new Set(scopes.filter((scope) => SUPPORTED_SCOPES.includes(scope)))]),
        lineitems: wholeOrNothing(TEXT_LIMITS.url),
        lineitem: wholeOrNothing(TEXT_LIMITS.url),
      })
      .optional()
      .catch(undefined),
    [CLAIM.deepLinkingSettings]: z.object({ deep_link_return_url: z.string() }).loose().optional(),
  })
  .loose();

export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

export const SUPPORTED_MESSAGE_TYPES = ['LtiResourceLinkRequest', 'LtiDeepLinkingRequest'] as const;
export type SupportedMessageType = (typeof SUPPORTED_MESSAGE_TYPES)[number];
