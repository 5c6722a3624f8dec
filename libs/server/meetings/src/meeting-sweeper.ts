import { Transaction } from 'sequelize';
import { AccountSettings, presenceCutoff, SessionCommand, sweepSession } from '@lti-rooms/domain';
import type { Database, MeetingSessionRepository, ParticipantRepository, RoomRecord, RoomRepository, SessionRecord, SweepFacts } from '@lti-rooms/server-persistence';
import type { Logger } from '@lti-rooms/server-core';
import type { RoomService } from '@lti-rooms/server-rooms';
import { MeetingEffect } from './meeting-effects';
import { MeetingPublisher } from './meeting-publisher';
import { SessionWrites } from './session-writes';

export interface MeetingSweeperDeps {
  db: Database;
  rooms: RoomService;
  roomRepository: RoomRepository;
  sessions: MeetingSessionRepository;
  participants: ParticipantRepository;
  writes: SessionWrites;
  publisher: MeetingPublisher;
  clock: () => Date;
  logger: Logger;
}

interface Due {
  room: RoomRecord;
  session: SessionRecord;
  command: SessionCommand | null;
  stale: boolean;
}

/**
 * What the clock alone changes (ARCHITECTURE "state derived from time, not timers"): people
 * whose heartbeats stopped leave, waiting rooms open at the start time or when a host is
 * there, and sessions end after the host-absence timeout or an unhosted time frame. Every
 * process sweeps; each session is re-decided under the room's lock, and every command is
 * idempotent, so sweeps running at once do each change once.
 */
export class MeetingSweeper {
  constructor(private readonly deps: MeetingSweeperDeps) {}

  /**
   * Sweeps every open session; returns how many changed. At rest this is a constant number of
   * statements: every open session's facts in one, their rooms in one, settings once per account
   * with open sessions. Only a session with something due is locked and re-decided.
   */
  async sweep(): Promise<number> {
    const { sessions, roomRepository, clock } = this.deps;
    const now = clock();
    const open = await sessions.openWithSweepFacts(presenceCutoff(now));
    if (open.length === 0) return 0;
    const rooms = new Map((await roomRepository.withOpenSession()).map((room) => [`${room.accountId} ${room.id}`, room]));
    // Read once per account and sweep: an account's sessions share its settings.
    const settingsOf = new Map<string, Promise<AccountSettings>>();
    let changed = 0;
    for (const facts of open) {
      const { accountId, roomId, id: sessionId } = facts.session;
      try {
        const room = rooms.get(`${accountId} ${roomId}`);
        if (!room) continue;
        if (!settingsOf.has(accountId)) settingsOf.set(accountId, this.deps.rooms.accountSettings(accountId));
        const settings = await settingsOf.get(accountId)!;
        // The look without the lock: most sweeps find nothing due and take no lock at all.
        if (!decide(room, facts, settings, now)) continue;
        if (await this.sweepOne(accountId, roomId, sessionId, settings)) changed += 1;
      } catch (error) {
        this.deps.logger.error({ err: error, sessionId }, 'meeting sweep failed for a session');
      }
    }
    return changed;
  }

  /** Re-decides one session under the room's lock, from what holds now, and applies what is due. */
  private async sweepOne(accountId: string, roomId: string, sessionId: string, settings: AccountSettings): Promise<boolean> {
    const effects: MeetingEffect[] = [];
    await this.deps.db.transaction(async (t) => {
      await this.deps.sessions.lockRoom(accountId, roomId, t);
      const due = await this.due(accountId, roomId, sessionId, settings, t);
      if (due) await this.apply(due, settings, t, effects);
    });
    await this.deps.publisher.publish(effects);
    return effects.length > 0;
  }

  private async due(accountId: string, roomId: string, sessionId: string, settings: AccountSettings, t: Transaction): Promise<Due | null> {
    const { sessions, participants, roomRepository, clock } = this.deps;
    const session = await sessions.find(accountId, sessionId, t);
    const room = await roomRepository.find(accountId, roomId, t);
    if (!session || !room) return null;
    const now = clock();
    const cutoff = presenceCutoff(now);
    const headcount = await participants.headcount(accountId, sessionId, cutoff, t);
    return decide(room, {
      session,
      stale: await participants.anyStale(accountId, sessionId, cutoff, t),
      hostPresent: headcount.hostPresent,
      anyonePresent: headcount.everyoneCount + headcount.waitingCount > 0,
      lastHostSeenAt: await participants.lastHostSeenAt(accountId, sessionId, t),
      hostEndedAt: await sessions.hostEndedAt(accountId, roomId, t),
    }, settings, now);
  }

  private async apply({ room, session, command, stale }: Due, settings: AccountSettings, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    const { writes, clock } = this.deps;
    const now = clock();
    if (stale) await writes.expireStale(session, now, t, effects);
    if (command?.type === 'start') {
      const live = await writes.start(room, settings, session, command.trigger, now, t, effects);
      await writes.admitWaiting(room, live, now, t, effects);
    } else if (command?.type === 'end') {
      await writes.end(room, session, command.reason, now, t, effects);
    }
  }
}

/** What is due for a session given its facts: the domain's command (sweepSession), and whether someone timed out. */
function decide(room: RoomRecord, facts: SweepFacts, settings: AccountSettings, now: Date): Due | null {
  const { session } = facts;
  if (session.state.status === 'ended') return null;
  const command = sweepSession({
    room,
    session: session.state,
    hostPresent: facts.hostPresent,
    anyonePresent: facts.anyonePresent,
    lastHostSeenAt: facts.lastHostSeenAt,
    hostEndedAt: facts.hostEndedAt,
    hostAbsenceTimeoutMinutes: settings.hostAbsenceTimeoutMinutes,
    now,
  });
  return command || facts.stale ? { room, session, command, stale: facts.stale } : null;
}
