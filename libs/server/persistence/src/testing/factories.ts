import { randomUUID } from 'node:crypto';
import { defaultFeaturesFor, type ChannelRole, type RoomMode } from '@lti-rooms/domain';
import { Database } from '../database';
import { Account, AccountRepository, NewAccount } from '../repositories/account-repository';
import { LaunchRecordInput, LaunchRepository, RecordedLaunch } from '../repositories/launch-repository';
import { MeetingSessionRepository, NewSession, SessionRecord } from '../repositories/meeting-session-repository';
import { NewRoom, RoomRecord, RoomRepository } from '../repositories/room-repository';
import { PublicationRepository } from '../repositories/publication-repository';

/**
 * Real rows for database tests, written through the repositories so a test states only
 * what matters to it (`buildRoom(db, { ownerId, name: 'Late' })`) and the rest is a valid default.
 */

export async function buildAccount(db: Database, overrides: Partial<NewAccount> = {}): Promise<Account> {
  const issuer = overrides.issuer ?? `https://lms-${randomUUID().slice(0, 8)}.example`;
  return new AccountRepository(db).create({
    issuer, clientId: 'client', name: issuer, active: true, registrationMethod: 'manual',
    authEndpoint: `${issuer}/auth`, tokenEndpoint: `${issuer}/token`, jwksUri: `${issuer}/jwks`, ltiPlatformKid: 'kid', deploymentIds: ['1'],
    ...overrides,
  });
}

export interface LaunchOverrides {
  accountId: string;
  /** The LTI user id; a fresh one by default. */
  sub?: string;
  name?: string;
  /** The course the launch comes from; null for a launch without a course. */
  contextId?: string | null;
  channelRole?: ChannelRole;
  ltiRoles?: string[];
}

/** A user launched into a course: user, channel, membership and the launch, as a real launch records them. */
export async function buildLaunch(db: Database, overrides: LaunchOverrides): Promise<RecordedLaunch> {
  const sub = overrides.sub ?? `user-${randomUUID().slice(0, 8)}`;
  const contextId = overrides.contextId === undefined ? 'course-1' : overrides.contextId;
  const input: LaunchRecordInput = {
    accountId: overrides.accountId,
    user: { sub, name: overrides.name ?? sub, givenName: null, familyName: null, email: null, picture: null, locale: null },
    channel: contextId === null ? null : { contextId, title: `Course ${contextId}`, label: null, nrpsUrl: null },
    ltiRoles: overrides.ltiRoles ?? [], channelRole: overrides.channelRole ?? 'participant', isObserver: false,
    messageType: 'LtiResourceLinkRequest', deploymentId: '1', resourceLinkId: 'link-1', targetLinkUri: null, custom: {}, returnUrl: null, deepLinking: null, ags: null,
  };
  return db.transaction((t) => new LaunchRepository(db).record(input, t));
}

/** The chat switches a room of this mode starts with, as room creation sets them. */
function chatDefaultsOf(mode: RoomMode) {
  const features = defaultFeaturesFor(mode);
  return { groupChat: features.chat, privateChat: features.privateChat, polls: features.polls, reactions: features.reactions };
}

export type RoomOverrides = Partial<NewRoom> & Pick<NewRoom, 'accountId' | 'ownerId'> & {
  /** Channels the room is published in (by its owner). */
  publishedIn?: string[];
};

export async function buildRoom(db: Database, overrides: RoomOverrides): Promise<RoomRecord> {
  const { publishedIn = [], ...fields } = overrides;
  const mode = fields.mode ?? 'interactive';
  const room: NewRoom = {
    id: randomUUID(), name: 'Room', description: '', tags: [], mode, templateId: null, availability: { kind: 'always' },
    earlyEntryMinutes: 15, chat: chatDefaultsOf(mode),
    ...fields,
  };
  const rooms = new RoomRepository(db);
  await rooms.create(room);
  const publications = new PublicationRepository(db);
  for (const channelId of publishedIn) await publications.publish(room.accountId, room.id, channelId, room.ownerId);
  const stored = await rooms.find(room.accountId, room.id);
  if (!stored) throw new Error(`buildRoom: room ${room.id} was not stored`);
  return stored;
}

export type SessionOverrides = Partial<NewSession> & Pick<NewSession, 'accountId' | 'roomId'>;

/** A session of a room; waiting since now by default. */
export async function buildSession(db: Database, overrides: SessionOverrides, now = new Date()): Promise<SessionRecord> {
  const mode = overrides.mode ?? 'interactive';
  const session: NewSession = {
    id: randomUUID(), state: { status: 'waiting', openedAt: now }, jitsiRoom: `room-${randomUUID()}`, mode,
    features: defaultFeaturesFor(mode), chat: chatDefaultsOf(mode),
    stageAccessMode: mode === 'panel' ? 'invite' : null,
    locked: false,
    ...overrides,
  };
  const sessions = new MeetingSessionRepository(db);
  await db.transaction((t) => sessions.create(session, now, t));
  const stored = await sessions.find(session.accountId, session.id);
  if (!stored) throw new Error(`buildSession: session ${session.id} was not stored`);
  return stored;
}
