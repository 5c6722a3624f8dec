import { randomUUID } from 'node:crypto';
import type { CreateRoomInput, RoomBody, RoomFormOptions, RoomListItem, UpdateRoomInput, WaitingCounts } from '@lti-rooms/contracts';
import {
  AccountSettings, availableModeChoices, initialChatOf, restoreWindowStart, LiveSession, canPerform, defaultModeChoice, forbidden, modeChoiceFacts, isRestorable, isSingleModeAccount,
  notFound, RoomAction, RoomPolicyContext, sortRoomsSoonestFirst, withDefaults,
} from '@lti-rooms/domain';
import type { AdminRepository, Database, RoomFacts, RoomFactsRepository, RoomSet, RoomRecord, LikeRepository, PublicationRepository, RoomRepository, SettingsRepository } from '@lti-rooms/server-persistence';
import type { Viewer } from '@lti-rooms/server-http';
import { policyContextOf } from './room-access';
import { availabilityFrom, earlyEntryFrom, modeFrom, sanitizeDescription, tagsFrom } from './room-input';
import { modeChoiceOf, presentRoom, presentRoomListItem } from './room-presenter';

export interface RoomServiceDeps {
  db: Database;
  rooms: RoomRepository;
  publications: PublicationRepository;
  likes: LikeRepository;
  facts: RoomFactsRepository;
  settings: SettingsRepository;
  clock: () => Date;
  /** The account's audit log: deleting and restoring a room are recorded there, with who did it. */
  audit: AdminRepository['audit'];
  /** Rooms with a live session, and how many are in it (SPEC "Entry page": live now with count). */
  liveSessions?: (accountId: string, rooms: RoomSet, now: Date) => Promise<Map<string, LiveSession>>;
  /** People waiting to be let in, per room (hosts see it on the course and entry pages). */
  waitingCounts?: (accountId: string, rooms: RoomSet, now: Date) => Promise<Map<string, number>>;
}

/** Creating, reading, editing and deleting rooms; every check is made here, on the server. */
export class RoomService {
  constructor(private readonly deps: RoomServiceDeps) {}

  async accountSettings(accountId: string): Promise<AccountSettings> {
    return withDefaults(await this.deps.settings.load(accountId));
  }

  async formOptions(viewer: Viewer, channelId: string | null): Promise<RoomFormOptions> {
    const [settings, role, managed] = await Promise.all([
      this.accountSettings(viewer.accountId),
      channelId ? this.deps.publications.channelRoleIn(viewer.accountId, channelId, viewer.userId) : null,
      this.deps.publications.channelsManagedBy(viewer.accountId, viewer.userId),
    ]);
    return {
      modeChoices: availableModeChoices(settings).flatMap((choice) => {
        const facts = modeChoiceFacts(choice, settings);
        return facts ? [{ choice, ...facts }] : [];
      }),
      singleMode: isSingleModeAccount(settings),
      defaultChoice: defaultModeChoice(settings),
      earlyEntryMinutesDefault: settings.earlyEntryMinutesDefault,
      maxTimeFrameHours: settings.maxTimeFrameHours,
      canCreateInChannel: role === 'manager',
      creatableIn: managed,
    };
  }

  /** Whether the viewer may create rooms at all (in My Rooms): they manage some course. */
  canCreateRooms(viewer: Viewer): Promise<boolean> {
    return this.deps.publications.managesAnyChannel(viewer.accountId, viewer.userId);
  }

  async create(viewer: Viewer, body: CreateRoomInput): Promise<RoomBody> {
    const { publications, rooms, db, clock } = this.deps;
    if (body.channelId) {
      if ((await publications.channelRoleIn(viewer.accountId, body.channelId, viewer.userId)) !== 'manager') throw forbidden('CREATE_IN_COURSE_NOT_ALLOWED');
    } else if (!(await this.canCreateRooms(viewer))) {
      throw forbidden('CREATE_NOT_ALLOWED');
    }
    const settings = await this.accountSettings(viewer.accountId);
    const mode = modeFrom(body.modeChoice, settings);
    const room = {
      id: randomUUID(),
      accountId: viewer.accountId,
      ownerId: viewer.userId,
      name: body.name,
      description: sanitizeDescription(body.description),
      tags: tagsFrom(body.tags),
      mode: mode.mode,
      templateId: mode.templateId,
      availability: availabilityFrom(body.availability, settings, clock()),
      earlyEntryMinutes: earlyEntryFrom(body.earlyEntryMinutes, settings),
      // The template's chat switches, not its base mode's: a template that turns chat off starts rooms with chat off.
      chat: initialChatOf(mode.features),
    };
    await db.transaction(async (transaction) => {
      await rooms.create(room, transaction);
      if (body.channelId) await publications.publish(viewer.accountId, room.id, body.channelId, viewer.userId, transaction);
    });
    return this.get(viewer, room.id);
  }

  async get(viewer: Viewer, roomId: string): Promise<RoomBody> {
    const { room, settings, facts } = await this.authorize(viewer, roomId, 'view');
    const live = await this.liveSessions(viewer.accountId, { kind: 'ids', roomIds: [room.id] });
    return presentRoom({ room, access: policyContextOf(viewer, room, facts), channels: facts.channels, likes: facts.likes, liveSession: live.get(room.id) ?? null }, settings, this.deps.clock());
  }

  async update(viewer: Viewer, roomId: string, body: UpdateRoomInput): Promise<RoomBody> {
    const { room, settings } = await this.authorize(viewer, roomId, 'edit');
    const mode = body.modeChoice ? modeFrom(body.modeChoice, settings, modeChoiceOf(room)) : null;
    const savedStart = room.availability.kind === 'scheduled' ? room.availability.start : null;
    await this.deps.rooms.update(viewer.accountId, roomId, {
      name: body.name,
      description: body.description === undefined ? undefined : sanitizeDescription(body.description),
      tags: body.tags === undefined ? undefined : tagsFrom(body.tags),
      ...(mode ? { mode: mode.mode, templateId: mode.templateId } : {}),
      availability: body.availability ? availabilityFrom(body.availability, settings, this.deps.clock(), savedStart) : undefined,
      earlyEntryMinutes: body.earlyEntryMinutes === undefined ? undefined : earlyEntryFrom(body.earlyEntryMinutes, settings),
      chat: body.chat,
    });
    return this.get(viewer, roomId);
  }

  /** `actorName`: who deletes, as the audit log names them. */
  async remove(viewer: Viewer, roomId: string, actorName: string): Promise<void> {
    const { room } = await this.authorize(viewer, roomId, 'delete');
    await this.deps.db.transaction(async (t) => {
      await this.deps.rooms.setDeleted(viewer.accountId, roomId, this.deps.clock(), t);
      await this.deps.audit(viewer.accountId, { actorId: viewer.userId, actorName, action: 'room.delete', target: roomId, changes: { name: room.name } }, t);
    });
  }

  async restore(viewer: Viewer, roomId: string, actorName: string): Promise<RoomBody> {
    const { room } = await this.authorize(viewer, roomId, 'restore');
    if (!room.deletedAt || !isRestorable(room.deletedAt, this.deps.clock())) throw notFound('RESTORABLE_ROOM_NOT_FOUND');
    await this.deps.db.transaction(async (t) => {
      await this.deps.rooms.setDeleted(viewer.accountId, roomId, null, t);
      await this.deps.audit(viewer.accountId, { actorId: viewer.userId, actorName, action: 'room.restore', target: roomId, changes: { name: room.name } }, t);
    });
    return this.get(viewer, roomId);
  }

  async setLike(viewer: Viewer, roomId: string, liked: boolean): Promise<{ count: number; likedByMe: boolean }> {
    await this.authorize(viewer, roomId, 'like');
    await this.deps.likes.set(viewer.accountId, roomId, viewer.userId, liked);
    return this.deps.likes.summary(viewer.accountId, roomId, viewer.userId);
  }

  async listChannel(viewer: Viewer, channelId: string): Promise<RoomListItem[]> {
    if (!(await this.deps.publications.channelRoleIn(viewer.accountId, channelId, viewer.userId))) throw notFound('COURSE_NOT_FOUND');
    const [settings, rooms, live] = await Promise.all([
      this.accountSettings(viewer.accountId),
      this.deps.rooms.listPublishedIn(viewer.accountId, channelId),
      this.liveSessions(viewer.accountId, { kind: 'published-in', channelId }),
    ]);
    const now = this.deps.clock();
    // Sorted by their timelines, each holding its room: no copy of a thousand rows to sort them.
    const timelines = rooms.map((room) => ({ availability: room.availability, earlyEntryMinutes: room.earlyEntryMinutes, deletedAt: room.deletedAt, liveSession: live.get(room.id) ?? null, room }));
    // A channel lists no deleted room, so no row offers Restore: no roles to load.
    return sortRoomsSoonestFirst(timelines, now).map(({ room, liveSession }) => presentRoomListItem(room, false, liveSession, settings, now));
  }

  async listMine(viewer: Viewer): Promise<RoomListItem[]> {
    const now = this.deps.clock();
    const since = restoreWindowStart(now);
    const [settings, rooms, live] = await Promise.all([
      this.accountSettings(viewer.accountId),
      this.deps.rooms.listOwnedOrCoEdited(viewer.accountId, viewer.userId, since),
      this.liveSessions(viewer.accountId, { kind: 'editable-by', userId: viewer.userId }),
    ]);
    // Restore is the one action a row offers, and only deleted rooms offer it: their roles alone are loaded.
    const deleted = rooms.filter((room) => room.deletedAt !== null).map((room) => room.id);
    const facts = deleted.length ? await this.deps.facts.forRooms(viewer.accountId, deleted, viewer.userId, { policyOnly: true }) : new Map<string, RoomFacts>();
    return rooms.map((room) => {
      const roomFacts = facts.get(room.id);
      const canRestore = roomFacts !== undefined && canPerform('restore', policyContextOf(viewer, room, roomFacts));
      return presentRoomListItem(room, canRestore, live.get(room.id) ?? null, settings, now);
    });
  }

  /** Loads a room of the viewer's account and checks one action; a room they may not see is "not found". */
  async authorize(viewer: Viewer, roomId: string, action: RoomAction): Promise<{ room: RoomRecord; settings: AccountSettings; access: RoomPolicyContext; facts: RoomFacts }> {
    // Room, settings and the viewer's facts at once: the context the policy decides over, loaded once.
    const [room, settings, allFacts] = await Promise.all([
      this.deps.rooms.find(viewer.accountId, roomId),
      this.accountSettings(viewer.accountId),
      this.deps.facts.forRooms(viewer.accountId, [roomId], viewer.userId),
    ]);
    if (!room) throw notFound('ROOM_NOT_FOUND');
    const facts = allFacts.get(roomId)!;
    const access = policyContextOf(viewer, room, facts);
    if (!canPerform('view', access)) throw notFound('ROOM_NOT_FOUND');
    if (!canPerform(action, access)) throw forbidden('ROOM_ACTION_NOT_ALLOWED', { action });
    return { room, settings, access, facts };
  }

  /**
   * How many people wait in each room the viewer may start, in a course (channelId) or in
   * one room: hosts see who waits for them without opening the meeting.
   */
  async waitingFor(viewer: Viewer, scope: { channelId: string } | { roomId: string }): Promise<WaitingCounts> {
    let roomIds: string[];
    if ('roomId' in scope) {
      await this.authorize(viewer, scope.roomId, 'start');
      roomIds = [scope.roomId];
    } else {
      if (!(await this.deps.publications.channelRoleIn(viewer.accountId, scope.channelId, viewer.userId))) throw notFound('COURSE_NOT_FOUND');
      const rooms = await this.deps.rooms.listPublishedIn(viewer.accountId, scope.channelId);
      const facts = await this.deps.facts.forRooms(viewer.accountId, rooms.map((room) => room.id), viewer.userId, { policyOnly: true });
      roomIds = rooms.filter((room) => {
        const roomFacts = facts.get(room.id);
        return roomFacts !== undefined && canPerform('start', policyContextOf(viewer, room, roomFacts));
      }).map((room) => room.id);
    }
    const { waitingCounts, clock } = this.deps;
    const counts = waitingCounts && roomIds.length ? await waitingCounts(viewer.accountId, { kind: 'ids', roomIds }, clock()) : new Map<string, number>();
    return { rooms: roomIds.map((roomId) => ({ roomId, waitingCount: counts.get(roomId) ?? 0 })) };
  }

  private async liveSessions(accountId: string, rooms: RoomSet): Promise<Map<string, LiveSession>> {
    const { liveSessions, clock } = this.deps;
    return liveSessions ? liveSessions(accountId, rooms, clock()) : new Map();
  }
}
