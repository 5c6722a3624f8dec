import { Transaction } from 'sequelize';
import type { StageChangedEvent, StageParticipantBody } from '@lti-rooms/contracts';
import {
  applyStageCommand, participantsJoined, presenceCutoff, SessionRole, StageActor, StageCommand, StageEvent, StageParticipant, StageRefusalError, StageState,
  stageMovesOf,
} from '@lti-rooms/domain';
import type { SessionRecord, StageRepository, StageRow, StageRowChange, StoredStage } from '@lti-rooms/server-persistence';
import type { MeetingEffect } from './meeting-effects';

export interface StageStep {
  command: StageCommand;
  actor: StageActor;
}

export interface StageApplyOptions {
  /** People arriving now: left out of the loaded stage so participantJoined places them. */
  arriving?: string[];
  /** People leaving now: loaded even if their heartbeat already stopped. */
  leaving?: string[];
  /** In-session promotions to write with the role change. */
  promotedFrom?: ReadonlyMap<string, StageRow['promotedFrom']>;
  /** Publish this person's entry as a change even without a stage move (their Jitsi id changed). */
  announce?: string;
}

export function stageStateOf(stored: StoredStage, cap: number, without: ReadonlySet<string> = new Set()): StageState {
  const participants: Record<string, StageParticipant> = {};
  for (const row of stored.rows) {
    if (without.has(row.userId)) continue;
    participants[row.userId] = { userId: row.userId, role: row.role, position: row.position, since: row.since, invitedBy: row.invitedBy, lastInvitationOutcome: row.invitationOutcome };
  }
  return { accessMode: stored.accessMode, cap, participants };
}

export function stageBody(row: StageRow, entry: StageParticipant, names: ReadonlyMap<string, string>, promotedFrom: StageRow['promotedFrom']): StageParticipantBody {
  return {
    userId: row.userId,
    name: row.name,
    role: entry.role,
    promoted: promotedFrom !== null,
    position: entry.position,
    since: entry.since.toISOString(),
    invitedBy: entry.invitedBy ? { userId: entry.invitedBy, name: names.get(entry.invitedBy) ?? '' } : null,
    jitsiParticipantId: row.jitsiParticipantId,
  };
}

/**
 * Whether the room's pages need to hear of it. A plain viewer arriving or leaving changes
 * nobody's stage: the hosts' viewer list follows the (coalesced) presence updates instead,
 * so a class of 300 arriving does not become 300 broadcasts to 300 people.
 */
function visible(event: StageEvent, before: StageState): boolean {
  switch (event.type) {
    case 'position-changed':
    case 'access-mode-changed':
    case 'role-changed':
      return true;
    case 'participant-joined':
      return event.position !== 'viewer' || event.role === 'host';
    case 'participant-left': {
      const was = before.participants[event.userId];
      return was !== undefined && (was.position !== 'viewer' || was.role === 'host');
    }
  }
}

/** Everyone a change names: the people it is about, besides the hosts and non-viewers every load holds. */
function namedIn(steps: readonly StageStep[], options: StageApplyOptions): string[] {
  const named = new Set<string>([...(options.arriving ?? []), ...(options.leaving ?? []), ...(options.promotedFrom?.keys() ?? [])]);
  if (options.announce) named.add(options.announce);
  for (const { command, actor } of steps) {
    if (actor.kind === 'user') named.add(actor.userId);
    if ('userId' in command) named.add(command.userId);
    if ('targetUserId' in command) named.add(command.targetUserId);
  }
  return [...named];
}

const changedFields = (a: StageParticipant, b: StageParticipant) =>
  a.role !== b.role || a.position !== b.position || a.since.getTime() !== b.since.getTime() || a.invitedBy !== b.invitedBy || a.lastInvitationOutcome !== b.lastInvitationOutcome;

/** Stage changes inside the caller's transaction, under the room's lock (SPEC "Panel mode"). */
export class StageWrites {
  constructor(private readonly stage: StageRepository) {}

  /**
   * Runs the steps in order through the domain's stage rules, writes what changed and, when
   * people can see it, counts a version and queues one 'stage:changed'. A person's refused
   * command throws (nothing is written); the server's own commands that find nothing to do
   * are skipped. Sessions without a stage (interactive) are left alone.
   */
  async apply(session: SessionRecord, steps: StageStep[], now: Date, t: Transaction, effects: MeetingEffect[], options: StageApplyOptions = {}): Promise<{ version: number; changed: boolean } | null> {
    const stored = await this.stage.load(session.accountId, session.id, presenceCutoff(now), t, options.leaving ?? [], { named: namedIn(steps, options) });
    if (!stored) return null;
    const before = stageStateOf(stored, session.features.cameraOnCap, new Set(options.arriving ?? []));
    let state = before;
    const events: StageEvent[] = [];
    // A class let in at once is one batch for the domain (the same result as one by one, without copying the roster per person).
    const arrivals = steps.length > 1 && steps.every(({ command, actor }) => actor.kind === 'server' && command.type === 'participantJoined');
    const batches = arrivals
      ? [() => participantsJoined(state, steps.map(({ command }) => command as Extract<StageCommand, { type: 'participantJoined' }>), now)]
      : steps.map(({ command, actor }) => () => applyStageCommand(state, command, actor, now));
    for (const [index, run] of batches.entries()) {
      const { actor } = steps[index];
      const result = run();
      if (!result.ok) {
        if (actor.kind === 'user') throw new StageRefusalError(result.reason);
        continue;
      }
      state = result.state;
      events.push(...result.events);
    }
    const announced = options.announce && state.participants[options.announce] ? options.announce : null;
    if (events.length === 0 && !announced) return { version: stored.version, changed: false };

    const rows = new Map(stored.rows.map((row) => [row.userId, row]));
    // has(), not ??: a demotion writes null on purpose.
    const promotedFrom = (userId: string) => (options.promotedFrom?.has(userId) ? options.promotedFrom.get(userId)! : rows.get(userId)?.promotedFrom ?? null);
    const touched = Object.values(state.participants).filter((entry) => {
      const previous = before.participants[entry.userId];
      if (previous) return changedFields(previous, entry) || options.promotedFrom?.has(entry.userId) || entry.userId === announced;
      // An arrival who simply watches is what the stored defaults already say: nothing to write.
      return !(entry.position === 'viewer' && entry.invitedBy === null && entry.role === rows.get(entry.userId)?.role);
    });
    const changes: StageRowChange[] = touched.map((e) => ({
      userId: e.userId, role: e.role, promotedFrom: promotedFrom(e.userId), position: e.position, since: e.since, invitedBy: e.invitedBy, invitationOutcome: e.lastInvitationOutcome,
    }));
    const shown = announced !== null || events.some((event) => visible(event, before));
    const version = shown ? stored.version + 1 : stored.version;
    // A class arriving as viewers changes neither the version nor the mode: one statement fewer while the room is locked.
    await this.stage.save(session.accountId, session.id, state.accessMode, version, changes, t, version === stored.version && state.accessMode === stored.accessMode);
    // Attendance counts on-stage minutes from these.
    await this.stage.recordStageMoves(session.accountId, session.id, stageMovesOf(events), t);
    if (shown) effects.push({ kind: 'stage', roomId: session.roomId, event: this.changedEvent(session, version, state, before, events, touched, rows, promotedFrom) });
    return { version, changed: true };
  }

  /** People let into a panel session: hosts take a stage seat while one is free, everyone else watches. */
  async joined(session: SessionRecord, people: Array<{ userId: string; role: SessionRole }>, now: Date, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    if (session.mode !== 'panel' || people.length === 0) return;
    const steps = people.map(({ userId, role }): StageStep => ({ command: { type: 'participantJoined', userId, role }, actor: { kind: 'server' } }));
    await this.apply(session, steps, now, t, effects, { arriving: people.map((p) => p.userId) });
  }

  /** People leaving (before they are marked gone): their seat frees; with the last host go the pending invitations. */
  async left(session: SessionRecord, userIds: string[], now: Date, t: Transaction, effects: MeetingEffect[]): Promise<void> {
    if (session.mode !== 'panel' || userIds.length === 0) return;
    const steps = userIds.map((userId): StageStep => ({ command: { type: 'participantLeft', userId }, actor: { kind: 'server' } }));
    await this.apply(session, steps, now, t, effects, { leaving: userIds });
  }

  private changedEvent(
    session: SessionRecord, version: number, state: StageState, before: StageState, events: StageEvent[], touched: StageParticipant[],
    rows: ReadonlyMap<string, StageRow>, promotedFrom: (userId: string) => StageRow['promotedFrom'],
  ): StageChangedEvent {
    const names = new Map<string, string>();
    // A stored invitation's host may be a viewer by now, and viewers are not loaded: the row carries their name.
    for (const row of rows.values()) if (row.invitedBy !== null && row.invitedByName !== null) names.set(row.invitedBy, row.invitedByName);
    for (const row of rows.values()) names.set(row.userId, row.name);
    return {
      sessionId: session.id,
      version,
      accessMode: state.accessMode,
      cap: state.cap,
      changed: touched.filter((e) => rows.has(e.userId)).map((e) => stageBody(rows.get(e.userId)!, e, names, promotedFrom(e.userId))),
      left: Object.keys(before.participants).filter((userId) => !state.participants[userId]),
      moves: events.flatMap((e) => (e.type === 'position-changed' ? [{ userId: e.userId, from: e.from, to: e.to, cause: e.cause, by: e.by }] : [])),
      roleChanges: events.flatMap((e) => (e.type === 'role-changed' ? [{ userId: e.userId, from: e.from, to: e.to }] : [])),
    };
  }
}
