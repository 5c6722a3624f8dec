import { z } from 'zod';
import { SESSION_ROLES, STAGE_ACCESS_MODES, STAGE_CHANGE_CAUSES, STAGE_POSITIONS, TEXT_LIMITS } from '@lti-rooms/domain';
import type { Ack } from './acks';

export { STAGE_CHANGE_CAUSES, STAGE_POSITIONS };

const id = z.string().min(1);
const isoDateTime = z.iso.datetime({ offset: true });

/** One person on a panel session's stage list (SPEC "Panel mode"). */
export const stageParticipantSchema = z.object({
  userId: id,
  name: z.string(),
  role: z.enum(SESSION_ROLES),
  /** Made a moderator by a host for this session (and so demotable there). */
  promoted: z.boolean(),
  position: z.enum(STAGE_POSITIONS),
  since: isoDateTime,
  /** The host who sent a pending invitation. */
  invitedBy: z.object({ userId: id, name: z.string() }).nullable(),
  /** Their id in the Jitsi conference, once their page has joined it: hosts' pages approve media by it. */
  jitsiParticipantId: z.string().nullable(),
});
export type StageParticipantBody = z.infer<typeof stageParticipantSchema>;

/** The whole stage: 'stage:snapshot'. `version` grows by one with every change. */
export const stageSnapshotSchema = z.object({
  sessionId: id,
  version: z.number().int(),
  accessMode: z.enum(STAGE_ACCESS_MODES),
  /** Stage seats, hosts included. */
  cap: z.number().int(),
  participants: z.array(stageParticipantSchema),
});
export type StageSnapshot = z.infer<typeof stageSnapshotSchema>;

/** Why someone's place changed, for their notice and the hosts' panel. */
export const stageMoveSchema = z.object({
  userId: id,
  from: z.enum(STAGE_POSITIONS),
  to: z.enum(STAGE_POSITIONS),
  cause: z.enum(STAGE_CHANGE_CAUSES),
  /** The host who made the move; null when the person or the server did. */
  by: id.nullable(),
});
export type StageMove = z.infer<typeof stageMoveSchema>;

/**
 * One committed change, to everyone on the room's pages: the people whose entry changed (in
 * full), who left, and the moves behind it. A client whose `version` is not the previous
 * one plus one has missed something and asks for a snapshot.
 */
export const stageChangedEventSchema = z.object({
  sessionId: id,
  version: z.number().int(),
  accessMode: z.enum(STAGE_ACCESS_MODES),
  cap: z.number().int(),
  changed: z.array(stageParticipantSchema),
  left: z.array(id),
  moves: z.array(stageMoveSchema),
  roleChanges: z.array(z.object({ userId: id, from: z.enum(SESSION_ROLES), to: z.enum(SESSION_ROLES) })),
});
export type StageChangedEvent = z.infer<typeof stageChangedEventSchema>;

const target = { targetUserId: id };
/** Every stage action a person may ask for; the server decides who may (libs/domain stage rules). */
export const stageCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invite'), ...target }),
  z.object({ type: z.literal('revokeInvite'), ...target }),
  z.object({ type: z.literal('bringToStage'), ...target }),
  z.object({ type: z.literal('declineRequest'), ...target }),
  z.object({ type: z.literal('removeFromStage'), ...target }),
  z.object({ type: z.literal('setAccessMode'), mode: z.enum(STAGE_ACCESS_MODES) }),
  z.object({ type: z.literal('setModerator'), ...target, moderator: z.boolean() }),
  z.object({ type: z.literal('acceptInvite') }),
  z.object({ type: z.literal('declineInvite') }),
  z.object({ type: z.literal('requestStage') }),
  z.object({ type: z.literal('withdrawRequest') }),
  z.object({ type: z.literal('joinStage') }),
  z.object({ type: z.literal('leaveStage') }),
]);
export type StageCommandBody = z.infer<typeof stageCommandSchema>;

export const stageCommandBodySchema = z.object({ sessionId: id, command: stageCommandSchema });
export const stageSnapshotBodySchema = z.object({ sessionId: id });
export const jitsiJoinedBodySchema = z.object({ sessionId: id, jitsiParticipantId: z.string().min(1).max(TEXT_LIMITS.jitsiParticipantId) });

/** The answer to a stage command: the version it produced (unchanged when the outcome already held). */
export const stageCommandResultSchema = z.object({ version: z.number().int(), changed: z.boolean() });
export type StageCommandResult = z.infer<typeof stageCommandResultSchema>;

export interface StageServerToClientEvents {
  'stage:changed': (event: StageChangedEvent) => void;
}

export interface StageClientToServerEvents {
  /** Refusals come back as `{ ok: false, error: { code: <StageRefusal>, message } }`. */
  'stage:command': (body: z.infer<typeof stageCommandBodySchema>, ack: (result: Ack<StageCommandResult>) => void) => void;
  'stage:snapshot': (body: z.infer<typeof stageSnapshotBodySchema>, ack: (result: Ack<StageSnapshot>) => void) => void;
  /** The page's Jitsi conference is joined: hosts' pages can now approve this person's media. */
  'jitsi:joined': (body: z.infer<typeof jitsiJoinedBodySchema>, ack: (result: Ack<null>) => void) => void;
}
