import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Transaction } from 'sequelize';
import {
  AccountSettings, admitFromWaitingRoom, applySessionCommand, EndReason, presenceCutoff, currentRoomMode, roomOpenForRejoin,
  SessionState, StartTrigger,
} from '@lti-rooms/domain';
import type { GradeOutboxRepository, MeetingSessionRepository, ParticipantRecord, ParticipantRepository, RoomRecord, SessionRecord } from '@lti-rooms/server-persistence';
import { StageWrites } from './stage-writes';
import { headcountEffect, MeetingEffect } from './meeting-effects';

/**
 * A Jitsi room name nobody can guess (120 random bits), prefixed with a tag of the account
 * so two platforms' sessions never share a Jitsi room even on one deployment.
 */
export function jitsiRoomName(accountId: string): string {
  const accountTag = createHash('sha256').update(accountId).digest('hex').slice(0, 8);
  return `rooms-${accountTag}-${randomBytes(15).toString('hex')}`;
}

/** The mode and features a session of this room would snapshot now. */
export function sessionModeFor(room: RoomRecord, settings: AccountSettings): Pick<SessionRecord, 'mode' | 'features'> {
  return currentRoomMode(room, settings);
}

/** The session's snapshot of the room's template and chat settings (SPEC "Custom templates"). */
export function newSessionFor(room: RoomRecord, settings: AccountSettings, state: SessionState): SessionRecord {
  const { mode, features } = sessionModeFor(room, settings);
  return {
    id: randomUUID(),
    accountId: room.accountId,
    roomId: room.id,
    state,
    jitsiRoom: jitsiRoomName(room.accountId),
    mode,
    features,
    chat: { ...room.chat },
    // Only panel sessions have a stage; it opens in the template's access mode (Invite only by default).
    stageAccessMode: mode === 'panel' ? features.stageAccessDefault : null,
    locked: false,
  };
}

/** Someone taking a place on the stage's roster as they are let in. */
type StagePerson = { userId: string; role: ParticipantRecord['role'] };

type Attendance = Parameters<ParticipantRepository['recordAttendance']>[0][number];
const attendance = (p: Pick<ParticipantRecord, 'accountId' | 'sessionId' | 'id' | 'userId'>, type: 'join' | 'leave', at: Date): Attendance => ({
  accountId: p.accountId, sessionId: p.sessionId, participantId: p.id, userId: p.userId, type, at,
});

/** Changes to a session that several paths share; each runs inside the caller's transaction, under the room's lock. */
export class SessionWrites {
  constructor(private readonly deps: { sessions: MeetingSessionRepository; participants: ParticipantRepository; stage: StageWrites; grades: Pick<GradeOutboxRepository, 'enqueueForEndedSession'> }) {}

  /** Opens a session (none yet, or the last one ended) that people wait in. */
  async open(room: RoomRecord, settings: AccountSettings, now: Date, t: Transaction): Promise<SessionRecord> {
    const session = newSessionFor(room, settings, { status: 'waiting', openedAt: now });
    await this.deps.sessions.create(session, now, t);
    return session;
  }

  /** Makes the session live, creating it when the room has none open. */
  async start(room: RoomRecord, settings: AccountSettings, open: SessionRecord | null, trigger: StartTrigger, now: Date, t: Transaction, effects: MeetingEffect[]): Promise<SessionRecord> {
    let session: SessionRecord;
    if (open === null) {
      session = newSessionFor(room, settings, { status: 'live', openedAt: now, startedAt: now, startedBy: trigger });
      await this.deps.sessions.create(session, now, t);
    } else {
      const transition = applySessionCommand(open.state, { type: 'start', trigger }, now);
      if (!transition.ok) throw new Error(`cannot start session ${open.id}: ${transition.reason}`);
      session = { ...open, state: transition.session };
      if (transition.changed) await this.deps.sessions.saveState(room.accountId, session.id, session.state, now, t);
    }
    effects.push({ kind: 'live', session }, headcountEffect(session));
    return session;
  }

  /**
   * Lets the waiting room (or one person in it) into a live session, first come first, as
   * far as the participants' seats go; the rest are told the room is full.
   */
  async admitWaiting(
    room: RoomRecord, session: SessionRecord, now: Date, t: Transaction, effects: MeetingEffect[], onlyParticipantId?: string, stageFirst: StagePerson[] = [],
  ): Promise<void> {
    const { participants } = this.deps;
    const cutoff = presenceCutoff(now);
    const everyone = await participants.waiting(room.accountId, session.id, cutoff, t);
    const waiting = onlyParticipantId === undefined ? everyone : everyone.filter((p) => p.id === onlyParticipantId);
    if (waiting.length === 0) return this.deps.stage.joined(session, stageFirst, now, t, effects);
    const { participantCount } = await participants.headcount(room.accountId, session.id, cutoff, t);
    const { admitted, full } = admitFromWaitingRoom(waiting, participantCount, { total: session.features.totalCap });
    await participants.admit(room.accountId, admitted.map((p) => p.id), now, t);
    await participants.recordAttendance(admitted.map((p) => attendance(p, 'join', now)), t);
    await participants.markLeft(room.accountId, full.map((p) => p.id), now, 'full', t);
    await this.deps.stage.joined(session, [...stageFirst, ...admitted.map((p) => ({ userId: p.userId, role: p.role }))], now, t, effects);
    effects.push({ kind: 'admitted', session, roomName: room.name, participants: admitted.map((p) => ({ ...p, admittedAt: now, lastSeenAt: now })) });
    if (full.length > 0) effects.push({ kind: 'full', roomId: room.id, userIds: full.map((p) => p.userId), cap: session.features.totalCap });
    effects.push(headcountEffect(session));
  }

  /** Ends the session for everyone: each person still inside leaves now. */
  async end(room: RoomRecord, session: SessionRecord, reason: EndReason, now: Date, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    const transition = applySessionCommand(session.state, { type: 'end', reason }, now);
    if (!transition.ok || !transition.changed) return;
    await this.deps.sessions.saveState(room.accountId, session.id, transition.session, now, t);
    // The stage goes with the session: nobody needs to hear of it seat by seat.
    const inside = await this.deps.participants.notLeft(room.accountId, session.id, t);
    await this.markGone(inside, now, 'ended', t);
    // The grades of a graded room leave through the outbox, written with the end itself: a crash after the commit loses none.
    await this.deps.grades.enqueueForEndedSession(room.accountId, room.id, session.id, now, t);
    effects.push({ kind: 'ended', roomId: room.id, body: { sessionId: session.id, endedAt: now.toISOString(), reason, canRejoin: roomOpenForRejoin(room, now) } });
  }

  /**
   * People whose heartbeats stopped (a closed tab, a crashed server) leave at their last
   * heartbeat: that is when they were last known to be there.
   */
  async expireStale(session: SessionRecord, now: Date, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    const cutoff = presenceCutoff(now);
    const stale = (await this.deps.participants.notLeft(session.accountId, session.id, t)).filter((p) => p.lastSeenAt <= cutoff);
    if (stale.length === 0) return;
    await this.deps.stage.left(session, stale.map((p) => p.userId), now, t, effects);
    for (const p of stale) await this.markGone([p], p.lastSeenAt, 'timeout', t);
    effects.push(headcountEffect(session));
  }

  /** People leave now: their stage seat frees, then they are marked gone. */
  async leave(session: SessionRecord, people: readonly ParticipantRecord[], now: Date, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    await this.deps.stage.left(session, people.map((p) => p.userId), now, t, effects);
    await this.markGone(people, now, 'left', t);
  }

  /** Marks people as gone and records a leave for those who had been admitted. */
  private async markGone(people: readonly ParticipantRecord[], at: Date, reason: 'left' | 'timeout' | 'ended', t: Transaction): Promise<void> {
    if (people.length === 0) return;
    const { participants } = this.deps;
    await participants.markLeft(people[0].accountId, people.map((p) => p.id), at, reason, t);
    await participants.recordAttendance(people.filter((p) => p.admittedAt !== null).map((p) => attendance(p, 'leave', at)), t);
  }

  /** Lets one person in: a new row, or their row again after they had left. */
  async admitOne(session: SessionRecord, existing: ParticipantRecord | null, person: { userId: string; role: ParticipantRecord['role'] }, now: Date, t: Transaction, effects: MeetingEffect[]): Promise<string> {
    const { id, onStageAs } = await this.seat(session, existing, person, now, t);
    await this.deps.stage.joined(session, [onStageAs], now, t, effects);
    return id;
  }

  /**
   * The entrant takes their seat first, then the waiting room gets the seats left after them,
   * with one stage change for all of them: the same stage as one after the other (the entrant
   * is placed first), one load and one write fewer while the room is locked.
   */
  async admitOneThenWaiting(room: RoomRecord, session: SessionRecord, existing: ParticipantRecord | null, person: { userId: string; role: ParticipantRecord['role'] }, now: Date, t: Transaction, effects: MeetingEffect[]): Promise<string> {
    const { id, onStageAs } = await this.seat(session, existing, person, now, t);
    await this.admitWaiting(room, session, now, t, effects, undefined, [onStageAs]);
    return id;
  }

  private async seat(session: SessionRecord, existing: ParticipantRecord | null, person: { userId: string; role: ParticipantRecord['role'] }, now: Date, t: Transaction): Promise<{ id: string; onStageAs: StagePerson }> {
    const id = await this.place(session, existing, person, now, now, t);
    await this.deps.participants.recordAttendance([{ accountId: session.accountId, sessionId: session.id, participantId: id, userId: person.userId, type: 'join', at: now }], t);
    // A promotion earlier in this session outlives a rejoin: the stored role is the one that counts.
    return { id, onStageAs: { userId: person.userId, role: existing?.promotedFrom ? 'host' : person.role } };
  }

  /** Puts one person in the waiting room. */
  async waitOne(session: SessionRecord, existing: ParticipantRecord | null, person: { userId: string; role: ParticipantRecord['role'] }, now: Date, t: Transaction): Promise<string> {
    return this.place(session, existing, person, null, now, t);
  }

  private async place(session: SessionRecord, existing: ParticipantRecord | null, person: { userId: string; role: ParticipantRecord['role'] }, admittedAt: Date | null, now: Date, t: Transaction): Promise<string> {
    const { participants } = this.deps;
    if (!existing) return participants.insert({ accountId: session.accountId, sessionId: session.id, userId: person.userId, role: person.role, admittedAt }, now, t);
    if (existing.leftAt === null && existing.admittedAt === null) {
      // Already in the waiting room (a reconnect, a second tab): keep their place in the queue.
      if (admittedAt) await participants.admit(session.accountId, [existing.id], now, t);
      else await participants.touch(session.accountId, existing.id, now, t);
      return existing.id;
    }
    // Admitted but stale (their heartbeats stopped unnoticed): close that stretch first.
    if (existing.leftAt === null) await this.markGone([existing], existing.lastSeenAt, 'timeout', t);
    await participants.rejoin(session.accountId, existing.id, person.role, admittedAt, now, t);
    return existing.id;
  }
}
