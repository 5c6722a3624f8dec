import { z } from 'zod';
import type { Ack } from './acks';
import { END_REASONS, ROOM_MODES, SESSION_ROLES } from '@lti-rooms/domain';
export type { Ack } from './acks';
import type { StageClientToServerEvents, StageServerToClientEvents } from './stage';

export { END_REASONS, SESSION_ROLES };

const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1);

/** Everything the meeting page hands to `JitsiMeeting` (or `JaaSMeeting`); built on the server. */
export const jitsiEmbedSchema = z.object({
  provider: z.enum(['jitsi', 'jaas']),
  domain: z.string(),
  /** For JaaS without the app id: the SDK prefixes it. */
  roomName: z.string(),
  /** JaaS only. */
  appId: z.string().nullable(),
  /** Null on public meet.jit.si, which takes no token. */
  jwt: z.string().nullable(),
  configOverwrite: z.record(z.string(), z.unknown()),
  /**
   * Panel rooms: what to `overwriteConfig` with when the person goes on stage and when they
   * go back to watching; null in interactive rooms, where everyone is on stage.
   */
  stageConfig: z.object({ onStage: z.record(z.string(), z.unknown()), viewer: z.record(z.string(), z.unknown()) }).nullable(),
  interfaceConfigOverwrite: z.record(z.string(), z.unknown()),
  userInfo: z.object({ displayName: z.string(), email: z.string().optional() }),
});
export type JitsiEmbed = z.infer<typeof jitsiEmbedSchema>;

/** An admitted person's view of the live session. */
export const meetingSchema = z.object({
  sessionId: id,
  participantId: id,
  roomId: id,
  roomName: z.string(),
  mode: z.enum(ROOM_MODES),
  role: z.enum(SESSION_ROLES),
  startedAt: isoDateTime,
  /** Panel viewers: watch and listen only. */
  viewOnly: z.boolean(),
  /** Interactive: cameras that may be on at once; panel: stage seats. */
  cameraOnCap: z.number().int(),
  /** A host locked the session: new arrivals wait until a host admits them. */
  locked: z.boolean(),
  jitsi: jitsiEmbedSchema,
});
export type MeetingBody = z.infer<typeof meetingSchema>;

export const endedSchema = z.object({
  /** Null when the time frame ended without any session. */
  sessionId: id.nullable(),
  endedAt: isoDateTime,
  reason: z.enum(END_REASONS),
  /** The room is still open (always open, or within its time frame): offer Rejoin. */
  canRejoin: z.boolean(),
});
export type EndedBody = z.infer<typeof endedSchema>;

/** What pressing Start Meeting or Join led to (SPEC "Meetings"). */
export const entryOutcomeSchema = z.discriminatedUnion('kind', [
  /** Before the early-entry window. */
  z.object({ kind: z.literal('countdown'), opensAt: isoDateTime, startsAt: isoDateTime }),
  /** locked: the session runs, and a host admits people one by one (or all at once). */
  z.object({ kind: z.literal('waiting'), sessionId: id, participantId: id, waitingCount: z.number().int(), startsAt: isoDateTime.nullable(), locked: z.boolean() }),
  z.object({ kind: z.literal('admitted'), meeting: meetingSchema }),
  z.object({ kind: z.literal('full'), cap: z.number().int() }),
  z.object({ kind: z.literal('ended'), ended: endedSchema }),
]);
export type EntryOutcome = z.infer<typeof entryOutcomeSchema>;

// Real time: Socket.IO on the tool's own origin, authenticated by the launch token.

export const SOCKET_PATH = '/socket.io';

export const enterBodySchema = z.object({
  roomId: id,
  /**
   * The session the page was in when it enters again (a reconnect). If that session ended
   * meanwhile, the answer is "ended" for it, not a fresh waiting room the person never asked for.
   */
  sessionId: id.optional(),
});
export const sessionRefSchema = z.object({ sessionId: id });
export const cameraBodySchema = z.object({ sessionId: id, on: z.boolean() });

export const cameraResultSchema = z.object({
  granted: z.boolean(),
  /** Why the camera must stay off: the camera-on cap is reached, or a panel viewer has no camera. */
  reason: z.enum(['CAMERA_CAP_REACHED', 'NOT_ON_STAGE']).nullable(),
  cap: z.number().int(),
});
export type CameraResult = z.infer<typeof cameraResultSchema>;

/** A fresh Jitsi token for the person's seat, minted from their current role (SPEC: short-lived, renewed). */
export const jitsiTokenSchema = z.object({
  sessionId: id,
  participantId: id,
  /** Null on public meet.jit.si, which takes no token. */
  jwt: z.string().nullable(),
  expiresAt: isoDateTime.nullable(),
});
export type JitsiTokenBody = z.infer<typeof jitsiTokenSchema>;

export const sessionStatusEventSchema = z.object({ sessionId: id, status: z.literal('live'), startedAt: isoDateTime });
export const waitingEventSchema = z.object({ sessionId: id, waitingCount: z.number().int() });
export const presenceEventSchema = z.object({ sessionId: id, inRoomCount: z.number().int(), hostPresent: z.boolean() });
export const admittedEventSchema = z.object({ meeting: meetingSchema });
export const fullEventSchema = z.object({ cap: z.number().int() });
export const lockedEventSchema = z.object({ sessionId: id, locked: z.boolean() });
export type LockedEvent = z.infer<typeof lockedEventSchema>;

/** Hosts: lock or unlock the running session (unlocking lets everyone waiting in). */
export const lockBodySchema = z.object({ sessionId: id, locked: z.boolean() });
/** Hosts: let one waiting person in, or everyone waiting (no participantId). */
export const admitBodySchema = z.object({ sessionId: id, participantId: id.optional() });
/** Who waits to be let in, oldest first: what hosts of a locked session see. */
export const waitingListSchema = z.object({ waiting: z.array(z.object({ participantId: id, name: z.string(), since: isoDateTime })) });
export type WaitingList = z.infer<typeof waitingListSchema>;
export type PresenceEvent = z.infer<typeof presenceEventSchema>;
export type WaitingEvent = z.infer<typeof waitingEventSchema>;

export interface ServerToClientEvents extends StageServerToClientEvents {
  'session:status': (event: z.infer<typeof sessionStatusEventSchema>) => void;
  'session:waiting': (event: WaitingEvent) => void;
  'session:presence': (event: PresenceEvent) => void;
  'session:admitted': (event: z.infer<typeof admittedEventSchema>) => void;
  'session:full': (event: z.infer<typeof fullEventSchema>) => void;
  'session:locked': (event: LockedEvent) => void;
  'session:ended': (event: EndedBody) => void;
}

export interface ClientToServerEvents extends StageClientToServerEvents {
  /** Start Meeting / Join; again after a reconnect (with the session it was in), which resumes the same participant. */
  'session:enter': (body: z.infer<typeof enterBodySchema>, ack: (result: Ack<EntryOutcome>) => void) => void;
  'session:leave': (body: z.infer<typeof sessionRefSchema>, ack: (result: Ack<null>) => void) => void;
  /** Hosts: end the session for everyone. */
  'session:end': (body: z.infer<typeof sessionRefSchema>, ack: (result: Ack<null>) => void) => void;
  'session:lock': (body: z.infer<typeof lockBodySchema>, ack: (result: Ack<null>) => void) => void;
  'session:admit': (body: z.infer<typeof admitBodySchema>, ack: (result: Ack<null>) => void) => void;
  'session:waiting-list': (body: z.infer<typeof sessionRefSchema>, ack: (result: Ack<WaitingList>) => void) => void;
  /** Interactive rooms: take a camera slot when the camera turns on, give it back when it turns off. */
  'camera:set': (body: z.infer<typeof cameraBodySchema>, ack: (result: Ack<CameraResult>) => void) => void;
  /** An admitted person's page, every JITSI_TOKEN_RENEWAL_INTERVAL_SECONDS: a fresh Jitsi token for Jitsi's reconnects. */
  'session:token': (body: z.infer<typeof sessionRefSchema>, ack: (result: Ack<JitsiTokenBody>) => void) => void;
}

