import { Transaction } from 'sequelize';
import { AccountSettings, presenceCutoff, SessionCommand, sweepSession } from '@lti-rooms/domain';
import type { Database, MeetingSessionRepository, ParticipantRepository, RoomRecord, RoomRepository, SessionRecord } from '@lti-rooms/server-persistence';
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

  /** Sweeps every open session; returns how many changed. */
  async sweep(): Promise<number> {
    let changed = 0;
    // Read once per account and sweep: an account's sessions share its settings.
    const settingsOf = new Map<string, Promise<AccountSettings>>();
    for (const ref of await this.deps.sessions.open()) {
      try {
        if (!settingsOf.has(ref.accountId)) settingsOf.set(ref.accountId, this.deps.rooms.accountSettings(ref.accountId));
        if (await this.sweepOne(ref.accountId, ref.roomId, ref.sessionId, await settingsOf.get(ref.accountId)!)) changed += 1;
      } catch (error) {
        this.deps.logger.error({ err: error, sessionId: ref.sessionId }, 'meeting sweep failed for a session');
      }
    }
    return changed;
  }

  private async sweepOne(accountId: string, roomId: string, sessionId: string, settings: AccountSettings): Promise<boolean> {
    // A look without the lock first: most sweeps find nothing due and take no lock at all.
    if (!(await this.due(accountId, roomId, sessionId, settings))) return false;
    const effects: MeetingEffect[] = [];
    await this.deps.db.transaction(async (t) => {
      await this.deps.sessions.lockRoom(accountId, roomId, t);
      const due = await this.due(accountId, roomId, sessionId, settings, t);
      if (due) await this.apply(due, settings, t, effects);
    });
    await this.deps.publisher.publish(effects);
    return effects.length > 0;
  }

  private async due(accountId: string, roomId: string, sessionId: string, settings: AccountSettings, t?: Transaction): Promise<Due | null> {
    const { sessions, participants, roomRepository, clock } = this.deps;
    const session = await sessions.find(accountId, sessionId, t);
    const room = await roomRepository.find(accountId, roomId, t);
    if (!session || !room || session.state.status === 'ended') return null;
    const now = clock();
    const cutoff = presenceCutoff(now);
    const stale = await participants.anyStale(accountId, sessionId, cutoff, t);
    const headcount = await participants.headcount(accountId, sessionId, cutoff, t);
    const command = sweepSession({
      room,
      session: session.state,
      hostPresent: headcount.hostPresent,
      anyonePresent: headcount.everyoneCount + headcount.waitingCount > 0,
      lastHostSeenAt: await participants.lastHostSeenAt(accountId, sessionId, t),
      hostEndedAt: await sessions.hostEndedAt(accountId, roomId, t),
      hostAbsenceTimeoutMinutes: settings.hostAbsenceTimeoutMinutes,
      now,
    });
    return command || stale ? { room, session, command, stale } : null;
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
