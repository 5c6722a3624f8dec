import { z } from 'zod';
import { ROOM_MODES, ROOM_NAME_MAX_LENGTH, STAGE_ACCESS_MODES } from '@lti-rooms/domain';

export { ROOM_MODES, STAGE_ACCESS_MODES };
/** The room roles a user can hold ('none' is the domain's placeholder for holding none). */
export const ROOM_ROLES = ['owner', 'co-editor', 'co-publisher', 'room-moderator'] as const;

/** A base mode, or one of the account's custom templates. */
export const modeChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mode'), mode: z.enum(ROOM_MODES) }),
  z.object({ kind: z.literal('template'), templateId: z.string().min(1) }),
]);
export type ModeChoiceBody = z.infer<typeof modeChoiceSchema>;

const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' });

export const availabilitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('scheduled'), start: isoDateTime, end: isoDateTime }),
]);
export type AvailabilityBody = z.infer<typeof availabilitySchema>;

export const roomNameSchema = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(ROOM_NAME_MAX_LENGTH, `Name must be at most ${ROOM_NAME_MAX_LENGTH} characters`)
  .refine((name) => !/\p{Cc}/u.test(name), 'Name must not contain control characters');

export const tagsSchema = z
  .array(z.string().trim().min(1, 'Tags must not be empty').max(30, 'Tags must be at most 30 characters'))
  .max(10, 'At most 10 tags');

export const chatSettingsSchema = z.object({
  groupChat: z.boolean(),
  privateChat: z.boolean(),
  polls: z.boolean(),
  reactions: z.boolean(),
});
export type ChatSettings = z.infer<typeof chatSettingsSchema>;

const descriptionSchema = z.string().max(10_000, 'Description must be at most 10,000 characters');
const earlyEntrySchema = z.number().int('Early entry must be whole minutes').min(0, 'Early entry cannot be negative').max(120, 'Early entry is at most 120 minutes');

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
  z.object({ kind: z.literal('live'), participantCount: z.number() }),
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
  modeLabel: z.string(),
  /** Set when the account no longer enables this room's mode: editors see a notice, the room keeps working. */
  modeNotice: z.string().nullable(),
  availability: availabilitySchema,
  earlyEntryMinutes: z.number(),
  chat: chatSettingsSchema,
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
export const roomListItemSchema = roomSchema.pick({
  id: true, name: true, mode: true, modeLabel: true, availability: true, status: true, permissions: true, deletedAt: true, restorableUntil: true,
});
export type RoomListItem = z.infer<typeof roomListItemSchema>;

export const roomListSchema = z.object({ rooms: z.array(roomListItemSchema) });

export const modeChoiceOptionSchema = z.object({
  choice: modeChoiceSchema,
  label: z.string(),
  description: z.string(),
});

/** GET /api/rooms/form-options: what the Create a Room form offers for this account. */
export const roomFormOptionsSchema = z.object({
  modeChoices: z.array(modeChoiceOptionSchema),
  /** Exactly one choice: the form shows it as fixed text. */
  singleMode: z.boolean(),
  defaultChoice: modeChoiceSchema,
  earlyEntryMinutesDefault: z.number(),
  maxTimeFrameHours: z.number(),
  canCreateInChannel: z.boolean(),
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
