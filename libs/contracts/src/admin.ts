import { z } from 'zod';
import { CHANNEL_ROLES, FRAME_ORIGIN_SOURCES, LAUNCH_MECHANISMS, frameOriginOf, frameOriginProblem, jitsiDomainProblem, TEXT_LIMITS } from '@lti-rooms/domain';
import { ROOM_MODES, STAGE_ACCESS_MODES } from './rooms';

/** Whole numbers: a fraction is NOT_WHOLE_NUMBER, anything else INVALID_TYPE (the web words both). */
const wholeNumber = () => z.number().int();

export const capsSchema = z.object({
  interactiveTotal: wholeNumber(),
  interactiveCameraOn: wholeNumber(),
  panelTotal: wholeNumber(),
  panelStage: wholeNumber(),
});

/** PUT /api/admin/settings: everything an administrator sets, except templates (their own endpoints). */
export const adminSettingsBodySchema = z.object({
  enabledModes: z.array(z.enum(ROOM_MODES)).refine((modes) => modes.length > 0, { params: { code: 'NO_MODE_ENABLED' } }),
  defaultMode: z.enum(ROOM_MODES),
  caps: capsSchema,
  earlyEntryMinutesDefault: wholeNumber(),
  hostAbsenceTimeoutMinutes: wholeNumber(),
  maxTimeFrameHours: wholeNumber(),
});
export type AdminSettingsBody = z.infer<typeof adminSettingsBodySchema>;
export const adminSettingsSchema = adminSettingsBodySchema.extend({ licence: capsSchema });
export type AdminSettings = z.infer<typeof adminSettingsSchema>;

export const templateFeaturesSchema = z.object({
  chat: z.boolean(),
  privateChat: z.boolean(),
  screenSharing: z.boolean(),
  raiseHand: z.boolean(),
  reactions: z.boolean(),
  polls: z.boolean(),
  breakoutRooms: z.boolean(),
  recording: z.boolean(),
  lobby: z.boolean(),
  stageAccessDefault: z.enum(STAGE_ACCESS_MODES),
  cameraOnCap: wholeNumber(),
  totalCap: wholeNumber(),
});
export const templateBodySchema = z.object({
  name: z.string().trim().refine((name) => name.length > 0, { params: { code: 'TEMPLATE_NAME_REQUIRED' } }).pipe(z.string().max(TEXT_LIMITS.templateName)),
  baseMode: z.enum(ROOM_MODES),
  features: templateFeaturesSchema,
});
export type TemplateBody = z.infer<typeof templateBodySchema>;
export const templateSchema = templateBodySchema.extend({ id: z.string(), retiredAt: z.string().nullable(), roomCount: z.number() });
export const templateListSchema = z.object({ templates: z.array(templateSchema) });

export const roleMappingEntrySchema = z.object({
  ltiRole: z.string().trim().min(1).max(TEXT_LIMITS.ltiRole),
  channelRole: z.enum(CHANNEL_ROLES),
});
export const roleMappingBodySchema = z.object({ overrides: z.array(roleMappingEntrySchema).max(100) });
export const roleMappingSchema = z.object({
  overrides: z.array(roleMappingEntrySchema),
});

/** A host name with an optional port; https is implied (the rule: jitsiDomainProblem). */
const domainSchema = z
  .string()
  .trim()
  .superRefine((domain, ctx) => {
    const problem = jitsiDomainProblem(domain);
    if (problem) ctx.addIssue({ code: 'custom', params: { code: problem.code, limit: problem.limit } });
  })
  .transform((domain) => domain.toLowerCase());

/** PUT /api/admin/jitsi. Secrets are write-only: leave them out to keep the stored ones. */
export const jitsiBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('self-hosted'), domain: domainSchema, appId: z.string().trim().min(1).max(TEXT_LIMITS.jitsiAppId), appSecret: z.string().min(16).optional() }),
  z.object({ kind: z.literal('jaas'), appId: z.string().trim().min(1).max(TEXT_LIMITS.jitsiAppId), keyId: z.string().trim().min(1).max(TEXT_LIMITS.jitsiKeyId), privateKey: z.string().refine((key) => key.includes('PRIVATE KEY'), { params: { code: 'PRIVATE_KEY_NOT_PEM' } }).optional() }),
]);
export type JitsiBody = z.infer<typeof jitsiBodySchema>;
export const jitsiSchema = z.object({
  kind: z.enum(['none', 'self-hosted', 'jaas']),
  /** The domain meetings use now. */
  domain: z.string().nullable(),
  /** Which deployment the stored credentials (app id, key id, secret) are for; kept while the trial runs. */
  credentialsFor: z.enum(['self-hosted', 'jaas']).nullable(),
  /** The stored self-hosted domain, in use or kept. */
  selfHostedDomain: z.string().nullable(),
  appId: z.string().nullable(),
  keyId: z.string().nullable(),
  secretSet: z.boolean(),
  /** Public meet.jit.si: fine for a trial, unable to enforce roles. */
  publicTrial: z.boolean(),
});
/** What each check of "Test connection" found, as a code (the web words it). */
export const JITSI_CHECK_OUTCOMES = ['REACHABLE', 'UNREACHABLE', 'NOT_JITSI', 'NO_TOKEN_TAKEN', 'TOKEN_MINTED', 'TOKEN_MALFORMED'] as const;
export const jitsiCheckSchema = z.object({
  name: z.enum(['external_api.js', 'token']),
  ok: z.boolean(),
  outcome: z.enum(JITSI_CHECK_OUTCOMES),
  params: z.record(z.string(), z.string()).optional(),
});
export type JitsiCheck = z.infer<typeof jitsiCheckSchema>;
export const jitsiTestSchema = z.object({ ok: z.boolean(), checks: z.array(jitsiCheckSchema) });

export const platformSchema = z.object({
  id: z.string(), issuer: z.string(), clientId: z.string(), name: z.string(), active: z.boolean(),
  registrationMethod: z.enum(['dynamic', 'manual']), registeredAt: z.string(), deploymentIds: z.array(z.string()),
  authEndpoint: z.string(), tokenEndpoint: z.string(), jwksUri: z.string(),
});
export const platformRegistrySchema = z.object({ current: platformSchema, pending: z.array(platformSchema) });

export const auditLogSchema = z.object({
  entries: z.array(z.object({ id: z.string(), actorName: z.string(), action: z.string(), target: z.string().nullable(), changes: z.record(z.string(), z.unknown()), createdAt: z.string() })),
});

/** GET /api/admin/launches: the account's latest launches, newest first; `outcome` is `accepted` or the refusal's code. */
export const recentLaunchesSchema = z.object({
  launches: z.array(z.object({
    at: z.string(),
    outcome: z.string(),
    mechanism: z.enum([...LAUNCH_MECHANISMS, 'none']),
    messageType: z.string().nullable(),
    channelRole: z.enum(CHANNEL_ROLES).nullable(),
    userName: z.string().nullable(),
    deploymentId: z.string().nullable(),
  })),
});
export type RecentLaunches = z.infer<typeof recentLaunchesSchema>;

/** POST /api/admin/frame-origins: an origin that frames the tool (a vanity domain of the LMS), stored as its origin. */
export const frameOriginBodySchema = z.object({
  origin: z
    .string()
    .trim()
    .superRefine((origin, ctx) => {
      const problem = frameOriginProblem(origin);
      if (problem) ctx.addIssue({ code: 'custom', params: { code: problem } });
    })
    .transform((origin) => frameOriginOf(origin)!),
});
export type FrameOriginBody = z.input<typeof frameOriginBodySchema>;
/** The origins allowed to frame the tool for this account, and where each came from. */
export const frameOriginListSchema = z.object({
  origins: z.array(z.object({ origin: z.string(), source: z.enum(FRAME_ORIGIN_SOURCES), addedAt: z.string().nullable() })),
});
