import { z } from 'zod';
import {
  DESCRIPTION_MAX_LENGTH, EARLY_ENTRY_MAX_MINUTES, normalizeRoomName, normalizeTags, ROOM_MODES, STAGE_ACCESS_MODES, validateEarlyEntryMinutes,
} from '@lti-rooms/domain';

export { ROOM_MODES, STAGE_ACCESS_MODES };
/** The room roles a user can hold ('none' is the domain's placeholder for holding none). */
export const ROOM_ROLES = ['owner', 'co-editor', 'co-publisher', 'room-moderator'] as const;

/** A base mode, or one of the account's custom templates. */
export const modeChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mode'), mode: z.enum(ROOM_MODES) }),
  z.object({ kind: z.literal('template'), templateId: z.string().min(1) }),
]);
export type ModeChoiceBody = z.infer<typeof modeChoiceSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

export const availabilitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('scheduled'), start: isoDateTime, end: isoDateTime }),
]);
export type AvailabilityBody = z.infer<typeof availabilitySchema>;

/** The domain's name rule (NFC, trimmed, 1-120 characters, no control or bidi-override characters), as the stored name. */
export const roomNameSchema = z.string().transform((raw, ctx) => {
  const result = normalizeRoomName(raw, '');
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    ctx.addIssue({ code: 'custom', params: { code: problem.code, limit: problem.limit } });
  }
  return z.NEVER;
});

/** The domain's tag rules (characters counted as people count them: one emoji is one), as the stored tags. */
export const tagsSchema = z.array(z.string()).transform((raw, ctx) => {
  const result = normalizeTags(raw, '');
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    const path = problem.field === '' ? [] : [Number(problem.field.replace(/^\./, ''))];
    ctx.addIssue({ code: 'custom', path, params: { code: problem.code, limit: problem.limit } });
  }
  return z.NEVER;
});

export const chatSettingsSchema = z.object({
  groupChat: z.boolean(),
  privateChat: z.boolean(),
  polls: z.boolean(),
  reactions: z.boolean(),
});
export type ChatSettings = z.infer<typeof chatSettingsSchema>;

const descriptionSchema = z.string().max(DESCRIPTION_MAX_LENGTH);
const earlyEntrySchema = z.number().int().refine((minutes) => validateEarlyEntryMinutes(minutes).length === 0, { params: { code: 'EARLY_ENTRY_OUT_OF_RANGE', limit: EARLY_ENTRY_MAX_MINUTES } });

/** The editable fields of a room, without defaults: an edit sends only what changed. */
const roomFieldsSchema = z.object({
  name: roomNameSchema,
  description: descriptionSchema,
  tags: tagsSchema,
  modeChoice: modeChoiceSchema,
  availability: availabilitySchema,
  earlyEntryMinutes: earlyEntrySchema,
});

/** POST /api/rooms — also the Create a Room form's schema. */
export const createRoomBodySchema = roomFieldsSchema.extend({
  description: descriptionSchema.default(''),
  tags: tagsSchema.default([]),
  earlyEntryMinutes: earlyEntrySchema.optional(),
  /** The channel the room is created from and published into; null from My Rooms. */
  channelId: z.string().uuid().nullable(),
});
export type CreateRoomBody = z.input<typeof createRoomBodySchema>;
/** A create request after parsing: defaults applied, name trimmed. */
export type CreateRoomInput = z.output<typeof createRoomBodySchema>;

/** PATCH /api/rooms/:id — the Details tab. */
export const updateRoomBodySchema = roomFieldsSchema.partial().extend({ chat: chatSettingsSchema.optional() });
export type UpdateRoomBody = z.input<typeof updateRoomBodySchema>;
export type UpdateRoomInput = z.output<typeof updateRoomBodySchema>;

export const roomStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always-open') }),
  z.object({ kind: z.literal('scheduled'), opensAt: z.string(), earlyEntryAt: z.string() }),
  z.object({ kind: z.literal('early-entry'), startsAt: z.string() }),
  z.object({ kind: z.literal('open'), endsAt: z.string() }),
  z.object({ kind: z.literal('live'), participantCount: z.number(), hostPresent: z.boolean() }),
  z.object({ kind: z.literal('ended'), endedAt: z.string() }),
  z.object({ kind: z.literal('deleted') }),
]);
export type RoomStatusBody = z.infer<typeof roomStatusSchema>;

export const roomPermissionsSchema = z.object({
  edit: z.boolean(),
  delete: z.boolean(),
  restore: z.boolean(),
  start: z.boolean(),
  join: z.boolean(),
  publish: z.boolean(),
  like: z.boolean(),
  manageCollaborators: z.boolean(),
  viewAttendance: z.boolean(),
});

export const roomSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Sanitised HTML. */
  description: z.string(),
  tags: z.array(z.string()),
  modeChoice: modeChoiceSchema,
  mode: z.enum(ROOM_MODES),
  /** The name of the room's custom template; null for a base mode (the web names those). */
  templateName: z.string().nullable(),
  /** The account no longer offers this room's mode: editors see a notice, the room keeps working. */
  modeRetired: z.boolean(),
  availability: availabilitySchema,
  earlyEntryMinutes: z.number(),
  chat: chatSettingsSchema,
  /** What the room's mode or template lets meetings have: a switch it turns off stays off whatever \`chat\` says. */
  chatAllowed: chatSettingsSchema,
  status: roomStatusSchema,
  likes: z.object({ count: z.number(), likedByMe: z.boolean() }),
  owner: z.object({ id: z.string(), name: z.string() }),
  channels: z.array(z.object({ id: z.string(), title: z.string() })),
  myRoles: z.array(z.enum(ROOM_ROLES)),
  permissions: roomPermissionsSchema,
  deletedAt: z.string().nullable(),
  /** Until when a deleted room can be restored. */
  restorableUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type RoomBody = z.infer<typeof roomSchema>;

/** A room as the lists show it (channel page, My Rooms): what a row needs, nothing a list of 1,000 would carry for nothing. */
export const roomListItemSchema = roomSchema
  .pick({ id: true, name: true, mode: true, templateName: true, availability: true, status: true, deletedAt: true, restorableUntil: true })
  // A row offers one action itself (Restore, in My Rooms); the others open the room, which carries its own.
  .extend({ permissions: roomPermissionsSchema.pick({ restore: true }) });
export type RoomListItem = z.infer<typeof roomListItemSchema>;

export const roomListSchema = z.object({ rooms: z.array(roomListItemSchema) });

/** A choice the form offers, with what the web needs to describe it: its base mode, template name and limits. */
export const modeChoiceOptionSchema = z.object({
  choice: modeChoiceSchema,
  mode: z.enum(ROOM_MODES),
  templateName: z.string().nullable(),
  limits: z.object({ cameraOn: z.number(), total: z.number() }),
});
export type ModeChoiceOption = z.infer<typeof modeChoiceOptionSchema>;

/** GET /api/rooms/form-options: what the Create a Room form offers for this account. */
export const roomFormOptionsSchema = z.object({
  modeChoices: z.array(modeChoiceOptionSchema),
  /** Exactly one choice: the form shows it as fixed text. */
  singleMode: z.boolean(),
  defaultChoice: modeChoiceSchema,
  earlyEntryMinutesDefault: z.number(),
  maxTimeFrameHours: z.number(),
  canCreateInChannel: z.boolean(),
  /** The courses the viewer manages: where rooms they create may be published (none: they cannot create rooms). */
  creatableIn: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type RoomFormOptions = z.infer<typeof roomFormOptionsSchema>;

export const collaboratorSchema = z.object({ userId: z.string(), name: z.string(), role: z.enum(ROOM_ROLES) });
export const collaboratorListSchema = z.object({ collaborators: z.array(collaboratorSchema) });
/** PUT /api/rooms/:id/collaborators/:userId */
export const setCollaboratorBodySchema = z.object({ role: z.enum(['co-editor', 'co-publisher', 'room-moderator']) });

/** A course member from Names and Role Provisioning, for picking collaborators. */
export const rosterMemberSchema = z.object({ userId: z.string().nullable(), ltiSub: z.string(), name: z.string(), email: z.string().nullable(), roles: z.array(z.string()) });
export const rosterSchema = z.object({ members: z.array(rosterMemberSchema) });

export const publishBodySchema = z.object({ channelId: z.string().uuid() });
export const publishableChannelsSchema = z.object({
  channels: z.array(z.object({ id: z.string(), title: z.string(), published: z.boolean() })),
});

/** POST /api/deep-linking/response: the room to place in the course. */
export const deepLinkingResponseBodySchema = z.object({ roomId: z.string().uuid() });
export const deepLinkingFormSchema = z.object({ action: z.string(), jwt: z.string() });

/**
 * GET /api/room-links/:roomId, without a launch: where a shared room link leads someone
 * who has no session in this tab. The room's name and its courses, each with the LMS
 * address its launches gave to return to (absolute http(s) only, else null).
 */
export const roomDirectionsSchema = z.object({
  name: z.string(),
  courses: z.array(z.object({ title: z.string(), returnUrl: z.string().nullable() })),
});
export type RoomDirections = z.infer<typeof roomDirectionsSchema>;

/**
 * GET /api/channels/:id/waiting and /api/rooms/:id/waiting: people waiting to be let in,
 * for each room there the caller may start (hosts; nobody else gets a room listed).
 */
export const waitingCountsSchema = z.object({ rooms: z.array(z.object({ roomId: z.string(), waitingCount: z.number().int() })) });
export type WaitingCounts = z.infer<typeof waitingCountsSchema>;
