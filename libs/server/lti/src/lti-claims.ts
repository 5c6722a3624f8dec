import { z } from 'zod';
import { CLAIM } from '@lti-rooms/domain';

export { CLAIM };

const optionalText = z.string().nullish().transform((value) => value ?? null);

/** The LTI 1.3 claims the tool relies on, after the signature has been verified. */
export const launchClaimsSchema = z
  .object({
    sub: z.string().min(1, 'sub is required'),
    name: optionalText,
    given_name: optionalText,
    family_name: optionalText,
    email: optionalText,
    picture: optionalText,
    locale: optionalText,
    [CLAIM.version]: z.literal('1.3.0', { error: 'version must be 1.3.0' }),
    [CLAIM.messageType]: z.string(),
    [CLAIM.deploymentId]: z.string().min(1).optional(),
    [CLAIM.targetLinkUri]: optionalText,
    [CLAIM.roles]: z.array(z.string()),
    [CLAIM.resourceLink]: z.object({ id: z.string().min(1), title: optionalText }).optional(),
    [CLAIM.context]: z.object({ id: z.string().min(1), title: optionalText, label: optionalText }).optional(),
    [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
    [CLAIM.launchPresentation]: z.object({ return_url: optionalText, locale: optionalText }).partial().optional(),
    [CLAIM.nrps]: z.object({ context_memberships_url: z.string() }).optional(),
    [CLAIM.deepLinkingSettings]: z.object({ deep_link_return_url: z.string() }).loose().optional(),
  })
  .loose();

export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

export const SUPPORTED_MESSAGE_TYPES = ['LtiResourceLinkRequest', 'LtiDeepLinkingRequest'] as const;
export type SupportedMessageType = (typeof SUPPORTED_MESSAGE_TYPES)[number];
