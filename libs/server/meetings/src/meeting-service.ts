import type { CameraResult, EntryOutcome, JitsiTokenBody, WaitingList } from '@lti-rooms/contracts';
import type { Transaction } from 'sequelize';
import {
  cameraSlotDecision, canStartSession, DomainError, entryDecision, forbidden, notFound, presenceCutoff, roomOpenForRejoin, sessionRoleFor,
} from '@lti-rooms/domain';
import type { Database, MeetingSessionRepository, ParticipantRepository, RoomRecord, SessionRecord } from '@lti-rooms/server-persistence';
import type { Viewer } from '@lti-rooms/server-http';
import type { RoomService } from '@lti-rooms/server-rooms';
import { headcountEffect, MeetingEffect } from './meeting-effects';
import { MeetingPresenter } from './meeting-presenter';
import { MeetingPublisher } from './meeting-publisher';
import { sessionModeFor, SessionWrites } from './session-writes';

/** Who is entering: the viewer, and whether their launch made them an observer (Mentor and the like). */
export interface Entrant extends Viewer {
  isObserver: boolean;
}

export interface MeetingServiceDeps {
  db: Database;
  rooms: RoomService;
  sessions: MeetingSessionRepository;
  participants: ParticipantRepository;
  writes: SessionWrites;
  presenter: MeetingPresenter;
  publisher: MeetingPublisher;
  clock: () => Date;
}

/** An admitted or waiting person's place, beside the answer they see. */
export interface EntryResult {
  outcome: EntryOutcome;
  roomId: string;
  participantId: string | null;
  sessionId: string | null;
}

type Placement =
  | { kind: 'answer'; outcome: EntryOutcome }
  | { kind: 'waiting'; session: SessionRecord; participantId: string; waitingCount: number }
  | { kind: 'admitted'; session: SessionRecord; participantId: string };

const sessionGone = () => notFound('SESSION_OVER');

/**
 * Entering, leaving and ending meetings (SPEC "Meetings"). Each change runs in one
 * transaction under the room's row lock, decided by the domain rules, and is published to
 * the people concerned after it commits.
 */
export class MeetingService {
  constructor(private readonly deps: MeetingServiceDeps) {}

  /**
   * Start Meeting or Join. `subscribe` runs once the person may see the room and before
   * anything is decided, so the connection already listens when the answer is written.
   */
  async enter(entrant: Entrant, roomId: string, subscribe?: () => Promise<void>, wasInSessionId?: string): Promise<EntryResult> {
    const { rooms, db, sessions, participants, writes, clock } = this.deps;
    const { room, settings, access } = await rooms.authorize(entrant, roomId, 'view');
    if (room.deletedAt !== null) throw notFound('ROOM_NOT_FOUND');
    await subscribe?.();
    const role = sessionRoleFor(access, entrant.isObserver);
    const isHost = role === 'host';
    const effects: MeetingEffect[] = [];

    const placement = await db.transaction(async (t): Promise<Placement> => {
      await sessions.lockRoom(room.accountId, room.id, t);
      const now = clock();
      const latest = await sessions.latest(room.accountId, room.id, t);
      const open = latest && latest.state.status !== 'ended' ? latest : null;
      const missedEnd = wasInSessionId && wasInSessionId !== open?.id ? await sessions.find(room.accountId, wasInSessionId, t) : null;
      if (missedEnd?.roomId === room.id && missedEnd.state.status === 'ended') {
        const { endedAt, endReason } = missedEnd.state;
        return { kind: 'answer', outcome: { kind: 'ended', ended: { sessionId: missedEnd.id, endedAt: endedAt.toISOString(), reason: endReason, canRejoin: roomOpenForRejoin(room, now) } } };
      }
      const existing = open ? await participants.find(room.accountId, open.id, entrant.userId, t) : null;
      const present = existing !== null && existing.leftAt === null && existing.lastSeenAt > presenceCutoff(now);
      // A reconnect or a second tab: the same participant, no new join, no seat counted twice.
      if (open?.state.status === 'live' && present && existing.admittedAt !== null) {
        await participants.touch(room.accountId, existing.id, now, t);
        return { kind: 'admitted', session: open, participantId: existing.id };
      }

      const headcount = open ? await participants.headcount(room.accountId, open.id, presenceCutoff(now), t) : null;
      const decision = entryDecision({
        room,
        session: latest?.state ?? null,
        userIsHost: isHost,
        hostPresent: headcount?.hostPresent ?? false,
        locked: open?.locked ?? false,
        hostEndedAt: await sessions.hostEndedAt(room.accountId, room.id, t),
        occupancy: {
          participantCount: headcount?.participantCount ?? 0,
          everyoneCount: headcount?.everyoneCount ?? 0,
          totalCap: (open ?? sessionModeFor(room, settings)).features.totalCap,
        },
        now,
      });
      switch (decision.kind) {
        case 'countdown':
          return { kind: 'answer', outcome: { kind: 'countdown', opensAt: decision.opensAt.toISOString(), startsAt: decision.startsAt.toISOString() } };
        case 'ended':
          return { kind: 'answer', outcome: { kind: 'ended', ended: { sessionId: latest?.id ?? null, endedAt: decision.endedAt.toISOString(), reason: 'schedule-ended', canRejoin: false } } };
        case 'full':
          return { kind: 'answer', outcome: { kind: 'full', cap: decision.cap } };
        case 'unavailable':
          throw notFound('ROOM_NOT_FOUND');
        case 'wait': {
          const session = open ?? (await writes.open(room, settings, now, t));
          const participantId = await writes.waitOne(session, existing, { userId: entrant.userId, role }, now, t);
          effects.push(headcountEffect(session));
          const { waitingCount } = await participants.headcount(room.accountId, session.id, presenceCutoff(now), t);
          return { kind: 'waiting', session, participantId, waitingCount };
        }
        case 'start': {
          // The entrant takes their seat first; the waiting room gets the seats left after them.
          const live = await writes.start(room, settings, open, decision.trigger, now, t, effects);
          const participantId = await writes.admitOneThenWaiting(room, live, live.id === open?.id ? existing : null, { userId: entrant.userId, role }, now, t, effects);
          return { kind: 'admitted', session: live, participantId };
        }
        case 'admit': {
          const participantId = await writes.admitOne(open!, existing, { userId: entrant.userId, role }, now, t, effects);
          effects.push(headcountEffect(open!));
          return { kind: 'admitted', session: open!, participantId };
        }
      }
    });

    await this.deps.publisher.publish(effects);
    return this.answer(room, placement);
  }

  async leave(viewer: Viewer, sessionId: string): Promise<void> {
    const { db, sessions, participants, writes, clock } = this.deps;
    const session = await sessions.find(viewer.accountId, sessionId);
    if (!session) throw sessionGone();
    const effects: MeetingEffect[] = [];
    await db.transaction(async (t) => {
      await sessions.lockRoom(viewer.accountId, session.roomId, t);
      const me = await participants.find(viewer.accountId, sessionId, viewer.userId, t);
      if (!me || me.leftAt !== null) return; // Already gone: leaving twice is harmless.
      await writes.leave(session, [me], clock(), t, effects);
      effects.push(headcountEffect(session));
    });
    await this.deps.publisher.publish(effects);
  }

  /**
   * "End session for everyone" (SPEC "End"): hosts by their course or room role, and anyone a
   * host made a moderator of this session (session-promotion: the host's powers in it).
   */
  async end(viewer: Viewer, sessionId: string): Promise<void> {
    const { db, sessions, writes, clock } = this.deps;
    const { room } = await this.asHost(viewer, sessionId, 'END_FOR_HOSTS_ONLY');
    const effects: MeetingEffect[] = [];
    await db.transaction(async (t) => {
      await sessions.lockRoom(viewer.accountId, room.id, t);
      const current = await sessions.find(viewer.accountId, sessionId, t);
      if (current) await writes.end(room, current, 'host-ended', clock(), t, effects);
    });
    await this.deps.publisher.publish(effects);
  }

  /**
   * Hosts lock a running session, as in Kaltura: from then on new arrivals wait until a host
   * admits them. Unlocking lets everyone waiting in at once (as far as the seats go).
   */
  async setLocked(viewer: Viewer, sessionId: string, locked: boolean): Promise<void> {
    await this.inLiveSessionAsHost(viewer, sessionId, async (room, current, now, t, effects) => {
      if (current.locked === locked) return;
      await this.deps.sessions.setLocked(viewer.accountId, sessionId, locked, now, t);
      effects.push({ kind: 'locked', roomId: room.id, sessionId, locked });
      if (!locked) await this.deps.writes.admitWaiting(room, { ...current, locked }, now, t, effects);
    });
  }

  /** Hosts let one waiting person in (participantId), or everyone waiting. */
  async admit(viewer: Viewer, sessionId: string, participantId: string | undefined): Promise<void> {
    // Someone already let in, or gone: nothing to do, as when two hosts press Admit at once.
    await this.inLiveSessionAsHost(viewer, sessionId, (room, current, now, t, effects) => this.deps.writes.admitWaiting(room, current, now, t, effects, participantId));
  }

  /** A host's change to a live session, under the room's lock, published once committed. */
  private async inLiveSessionAsHost(
    viewer: Viewer,
    sessionId: string,
    change: (room: RoomRecord, current: SessionRecord, now: Date, t: Transaction, effects: MeetingEffect[]) => Promise<void>,
  ): Promise<void> {
    const { db, sessions, clock } = this.deps;
    const { room } = await this.asHost(viewer, sessionId, 'ADMIT_FOR_HOSTS_ONLY');
    const effects: MeetingEffect[] = [];
    await db.transaction(async (t) => {
      await sessions.lockRoom(viewer.accountId, room.id, t);
      const current = await sessions.find(viewer.accountId, sessionId, t);
      if (!current || current.state.status !== 'live') throw sessionGone();
      await change(room, current, clock(), t, effects);
    });
    await this.deps.publisher.publish(effects);
  }

  /** Who waits to be let in, oldest first, for hosts. */
  async waitingList(viewer: Viewer, sessionId: string): Promise<WaitingList> {
    const { participants, clock } = this.deps;
    await this.asHost(viewer, sessionId, 'ADMIT_FOR_HOSTS_ONLY');
    const waiting = await participants.waiting(viewer.accountId, sessionId, presenceCutoff(clock()));
    return { waiting: waiting.map((p) => ({ participantId: p.id, name: p.userName, since: p.arrivedAt.toISOString() })) };
  }

  /** The session and its room, for someone who may run it: a host by course or room role, or a moderator in it now. */
  private async asHost(viewer: Viewer, sessionId: string, refusal: 'END_FOR_HOSTS_ONLY' | 'ADMIT_FOR_HOSTS_ONLY') {
    const { rooms, sessions, participants } = this.deps;
    const session = await sessions.find(viewer.accountId, sessionId);
    if (!session) throw sessionGone();
    const { room, access } = await rooms.authorize(viewer, session.roomId, 'view');
    const me = await participants.find(viewer.accountId, sessionId, viewer.userId);
    const moderatorHere = me !== null && me.leftAt === null && me.role === 'host';
    if (!canStartSession(access) && !moderatorHere) throw forbidden(refusal);
    return { session, room };
  }

  /**
   * Interactive rooms: a camera slot is taken when the camera turns on and given back when it
   * turns off (SPEC "Interactive mode"); past the cap the person may still speak and watch.
   */
  async setCamera(viewer: Viewer, sessionId: string, on: boolean): Promise<CameraResult> {
    const { db, sessions, participants, clock } = this.deps;
    const session = await sessions.find(viewer.accountId, sessionId);
    if (!session || session.state.status === 'ended') throw sessionGone();
    return db.transaction(async (t) => {
      await sessions.lockRoom(viewer.accountId, session.roomId, t);
      const me = await participants.find(viewer.accountId, sessionId, viewer.userId, t);
      if (!me || me.leftAt !== null || me.admittedAt === null) throw new DomainError('CONFLICT', 'NOT_IN_SESSION');
      const cap = session.features.cameraOnCap;
      if (!on) {
        if (me.cameraOn) await participants.setCamera(viewer.accountId, me.id, false, clock(), t);
        return { granted: true, reason: null, cap };
      }
      const { camerasOn } = await participants.headcount(viewer.accountId, sessionId, presenceCutoff(clock()), t);
      const decision = cameraSlotDecision({
        mode: session.mode, limits: { cameraOn: cap }, camerasOnCount: camerasOn, holdsSlot: me.cameraOn, isHost: me.role === 'host', onStage: me.stagePosition === 'on-stage',
      });
      if (decision.kind === 'refused') return { granted: false, reason: decision.reason, cap };
      if (!me.cameraOn) await participants.setCamera(viewer.accountId, me.id, true, clock(), t);
      return { granted: true, reason: null, cap };
    });
  }

  /**
   * A fresh Jitsi token for someone admitted to the live session, who may still see the
   * room; minted from their role as stored now, so a moderator demoted meanwhile gets a
   * participant token. Nothing for someone who left, was swept out or whose session ended.
   */
  async renewJitsiToken(viewer: Viewer, sessionId: string): Promise<JitsiTokenBody> {
    const { rooms, sessions, participants, presenter, clock } = this.deps;
    const session = await sessions.find(viewer.accountId, sessionId);
    if (!session || session.state.status !== 'live') throw sessionGone();
    await rooms.authorize(viewer, session.roomId, 'view');
    const me = await participants.find(viewer.accountId, sessionId, viewer.userId);
    if (!me || me.leftAt !== null || me.admittedAt === null || me.lastSeenAt <= presenceCutoff(clock())) {
      throw new DomainError('CONFLICT', 'NOT_IN_SESSION');
    }
    return presenter.token(session, me);
  }

  /** The head count a session's pages show; read after a burst of changes (see MeetingTransport.headcountChanged). */
  async headcount(accountId: string, sessionId: string) {
    return this.deps.participants.headcount(accountId, sessionId, presenceCutoff(this.deps.clock()));
  }

  private async answer(room: RoomRecord, placement: Placement): Promise<EntryResult> {
    switch (placement.kind) {
      case 'answer':
        return { outcome: placement.outcome, roomId: room.id, participantId: null, sessionId: null };
      case 'waiting': {
        const { session, participantId, waitingCount } = placement;
        const startsAt = room.availability.kind === 'scheduled' ? room.availability.start.toISOString() : null;
        const locked = session.state.status === 'live' && session.locked;
        return { outcome: { kind: 'waiting', sessionId: session.id, participantId, waitingCount, startsAt, locked }, roomId: room.id, participantId, sessionId: session.id };
      }
      case 'admitted': {
        const participant = await this.deps.participants.findById(placement.session.accountId, placement.participantId);
        if (!participant) throw sessionGone();
        const meeting = await this.deps.presenter.meeting(placement.session, room.name, participant);
        return { outcome: { kind: 'admitted', meeting }, roomId: room.id, participantId: participant.id, sessionId: placement.session.id };
      }
    }
  }
}
