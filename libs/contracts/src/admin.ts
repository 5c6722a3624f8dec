import { z } from 'zod';
import { CHANNEL_ROLES, FRAME_ORIGIN_SOURCES, frameOriginOf, frameOriginProblem, jitsiDomainProblem, TEXT_LIMITS } from '@lti-rooms/domain';
import { ROOM_MODES, STAGE_ACCESS_MODES } from './rooms';

const wholeNumber = (label: string) => z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`);

export const capsSchema = z.object({
  interactiveTotal: wholeNumber('Interactive total'),
  interactiveCameraOn: wholeNumber('Interactive cameras on'),
  panelTotal: wholeNumber('Panel total'),
  panelStage: wholeNumber('Panel stage'),
});

/** PUT /api/admin/settings: everything an administrator sets, except templates (their own endpoints). */
export const adminSettingsBodySchema = z.object({
  enabledModes: z.array(z.enum(ROOM_MODES)).min(1, 'Enable at least one room mode'),
  defaultMode: z.enum(ROOM_MODES),
  caps: capsSchema,
  earlyEntryMinutesDefault: wholeNumber('Early entry'),
  hostAbsenceTimeoutMinutes: wholeNumber('Host absence timeout'),
  maxTimeFrameHours: wholeNumber('Maximum time frame'),
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
  cameraOnCap: wholeNumber('Camera-on cap'),
  totalCap: wholeNumber('Total cap'),
});
export const templateBodySchema = z.object({
  name: z.string().trim().min(1, 'Name is required').max(TEXT_LIMITS.templateName, `Name must be at most ${TEXT_LIMITS.templateName} characters`),
  baseMode: z.enum(ROOM_MODES),
  features: templateFeaturesSchema,
});
export type TemplateBody = z.infer<typeof templateBodySchema>;
export const templateSchema = templateBodySchema.extend({ id: z.string(), retiredAt: z.string().nullable(), roomCount: z.number() });
export const templateListSchema = z.object({ templates: z.array(templateSchema) });

export const roleMappingEntrySchema = z.object({
  ltiRole: z.string().trim().min(1, 'Name an LTI role URI or short name').max(TEXT_LIMITS.ltiRole),
  channelRole: z.enum(CHANNEL_ROLES),
});
export const roleMappingBodySchema = z.object({ overrides: z.array(roleMappingEntrySchema).max(100, 'At most 100 overrides') });
export const roleMappingSchema = z.object({
  defaults: z.array(z.object({ ltiRoles: z.string(), channelRole: z.enum(CHANNEL_ROLES), note: z.string() })),
  overrides: z.array(roleMappingEntrySchema),
});

/** A host name with an optional port; https is implied (the rule: jitsiDomainProblem). */
const domainSchema = z
  .string()
  .trim()
  .superRefine((domain, ctx) => {
    const problem = jitsiDomainProblem(domain);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((domain) => domain.toLowerCase());

/** PUT /api/admin/jitsi. Secrets are write-only: leave them out to keep the stored ones. */
export const jitsiBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('self-hosted'), domain: domainSchema, appId: z.string().trim().min(1, 'App id is required').max(TEXT_LIMITS.jitsiAppId), appSecret: z.string().min(16, 'App secret must be at least 16 characters').optional() }),
  z.object({ kind: z.literal('jaas'), appId: z.string().trim().min(1, 'App id is required').max(TEXT_LIMITS.jitsiAppId), keyId: z.string().trim().min(1, 'Key id is required').max(TEXT_LIMITS.jitsiKeyId), privateKey: z.string().includes('PRIVATE KEY', { error: 'Paste the RS256 private key in PEM form' }).optional() }),
]);
export type JitsiBody = z.infer<typeof jitsiBodySchema>;
export const jitsiSchema = z.object({
  kind: z.enum(['none', 'self-hosted', 'jaas']),
  domain: z.string().nullable(),
  appId: z.string().nullable(),
  keyId: z.string().nullable(),
  secretSet: z.boolean(),
  warning: z.string().nullable(),
});
export const jitsiTestSchema = z.object({ ok: z.boolean(), checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })) });

export const platformSchema = z.object({
  id: z.string(), issuer: z.string(), clientId: z.string(), name: z.string(), active: z.boolean(),
  registrationMethod: z.enum(['dynamic', 'manual']), registeredAt: z.string(), deploymentIds: z.array(z.string()),
  authEndpoint: z.string(), tokenEndpoint: z.string(), jwksUri: z.string(),
});
export const platformRegistrySchema = z.object({ current: platformSchema, pending: z.array(platformSchema) });

export const auditLogSchema = z.object({
  entries: z.array(z.object({ id: z.string(), actorName: z.string(), action: z.string(), target: z.string().nullable(), changes: z.record(z.string(), z.unknown()), createdAt: z.string() })),
});

/** POST /api/admin/frame-origins: an origin that frames the tool (a vanity domain of the LMS), stored as its origin. */
export const frameOriginBodySchema = z.object({
  origin: z
    .string()
    .trim()
    .superRefine((origin, ctx) => {
      const problem = frameOriginProblem(origin);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((origin) => frameOriginOf(origin)!),
});
export type FrameOriginBody = z.input<typeof frameOriginBodySchema>;
/** The origins allowed to frame the tool for this account, and where each came from. */
export const frameOriginListSchema = z.object({
  origins: z.array(z.object({ origin: z.string(), source: z.enum(FRAME_ORIGIN_SOURCES), addedAt: z.string().nullable() })),
});
