import type { JitsiEmbed, StageParticipantBody } from '@lti-rooms/contracts';
import type { StageView } from './stage-state';

/**
 * The Jitsi side of the stage (SPEC "Video: Jitsi"): the UI is not the security boundary.
 * Viewers' media is held by Jitsi's audio and video moderation, which hosts' pages switch
 * on and lift for each person who goes on stage, by their id in the conference.
 */

/** One IFrame API command: `api.executeCommand(name, ...args)`. */
export interface JitsiCommand {
  name: string;
  args: unknown[];
}

const command = (name: string, ...args: unknown[]): JitsiCommand => ({ name, args });

/** A host page that has joined the conference holds everyone's media until a host lets it through. */
export const MODERATION_ON: readonly JitsiCommand[] = [command('toggleModeration', true, 'audio'), command('toggleModeration', true, 'video')];

const approve = (id: string) => [command('askToUnmute', id), command('approveVideo', id)];
const reject = (id: string) => [command('rejectParticipant', id, 'audio'), command('rejectParticipant', id, 'video')];

/** Hosts and moderators are Jitsi moderators: moderation never holds them, so there is nothing to approve. */
const heldByModeration = (p: StageParticipantBody) => p.role !== 'host';

/**
 * What a host page tells Jitsi when the stage goes from `before` to `after`: let through the
 * media of someone who went on stage (or whose conference id became known while on stage),
 * hold it again for someone who left it, and make a new session moderator a Jitsi moderator
 * (their token predates the promotion). The page's own person is left to their own page.
 */
export function hostJitsiCommands(before: StageView, after: StageView, myUserId: string): JitsiCommand[] {
  const commands: JitsiCommand[] = [];
  for (const person of Object.values(after.participants)) {
    if (person.userId === myUserId) continue;
    const was = before.participants[person.userId];
    const id = person.jitsiParticipantId;
    const wasOnStage = was?.position === 'on-stage' && heldByModeration(was);
    const isOnStage = person.position === 'on-stage' && heldByModeration(person);
    if (isOnStage && id && (!wasOnStage || was.jitsiParticipantId !== id)) commands.push(...approve(id));
    const lastId = id ?? was?.jitsiParticipantId;
    if (wasOnStage && !isOnStage && person.role !== 'host' && lastId) commands.push(...reject(lastId));
    const newModerator = person.role === 'host' && was !== undefined && (was.role !== 'host' || was.jitsiParticipantId !== id);
    if (newModerator && person.promoted && id) commands.push(command('grantModerator', id));
  }
  // Gone from the session but maybe not from the conference (a page whose connection to LTI Rooms died).
  for (const was of Object.values(before.participants)) {
    if (after.participants[was.userId] || was.userId === myUserId) continue;
    if (was.position === 'on-stage' && heldByModeration(was) && was.jitsiParticipantId) commands.push(...reject(was.jitsiParticipantId));
  }
  return commands;
}

/**
 * A host page that has just joined the conference: moderation on, and the media of everyone
 * already on stage let through (they may have gone up while no host's video was connected).
 */
export function hostJoinCommands(stage: StageView | null, myUserId: string): JitsiCommand[] {
  const onStage = stage ? Object.values(stage.participants).filter((p) => p.userId !== myUserId && p.position === 'on-stage' && heldByModeration(p)) : [];
  return [...MODERATION_ON, ...onStage.flatMap((p) => (p.jitsiParticipantId ? approve(p.jitsiParticipantId) : []))];
}

/** One step of switching my own media with the stage. */
export type OwnMediaStep =
  | { kind: 'config'; config: 'onStage' | 'viewer' }
  /** Toggle this medium if it is not already as wanted. */
  | { kind: 'media'; medium: 'audio' | 'video'; on: boolean };

/**
 * Going on stage: the toolbar with camera and microphone first (the buttons must exist
 * before the media they control), then both on. Leaving: both off first, then the viewer's
 * toolbar, so nothing stays on without a button to turn it off.
 */
export function ownMediaSteps(onStage: boolean): OwnMediaStep[] {
  return onStage
    ? [{ kind: 'config', config: 'onStage' }, { kind: 'media', medium: 'audio', on: true }, { kind: 'media', medium: 'video', on: true }]
    : [{ kind: 'media', medium: 'audio', on: false }, { kind: 'media', medium: 'video', on: false }, { kind: 'config', config: 'viewer' }];
}

/**
 * The embed for the same seat's video, connected again (a moderator made a participant
 * again: Jitsi cannot take moderator rights back, a new connection with a new token can).
 * The person passed the device check when they first joined: no second prejoin screen.
 */
export function rejoinEmbed(embed: JitsiEmbed): JitsiEmbed {
  return { ...embed, configOverwrite: { ...embed.configOverwrite, prejoinConfig: { enabled: false } } };
}
