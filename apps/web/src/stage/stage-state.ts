import type { StageChangedEvent, StageParticipantBody, StageSnapshot } from '@lti-rooms/contracts';

/** A panel session's stage as this page last heard it (SPEC "Panel mode"). */
export interface StageView {
  version: number;
  accessMode: StageSnapshot['accessMode'];
  cap: number;
  /** Everyone the page knows to be in the session, by user id. */
  participants: Readonly<Record<string, StageParticipantBody>>;
}

/**
 * The page's copy of the stage and how far it can trust it. The server numbers its changes
 * one by one; a change that does not follow the last one means some were missed, and only
 * a snapshot can say what they were.
 */
export interface StageSync {
  sessionId: string;
  /** Null until the first snapshot has arrived. */
  stage: StageView | null;
  /** Changes heard before the first snapshot or after a gap, oldest first: applied once a snapshot catches up. */
  held: readonly StageChangedEvent[];
  /** The page should ask for 'stage:snapshot'. */
  needsSnapshot: boolean;
}

export type StageNews =
  | { type: 'snapshot'; snapshot: StageSnapshot }
  | { type: 'changed'; event: StageChangedEvent }
  /** Back after a reconnect: changes may have been missed while the connection was down. */
  | { type: 'resync' };

export interface StageUpdate {
  sync: StageSync;
  /** The changes that took effect, in order: their moves are what notices are written from. */
  applied: StageChangedEvent[];
}

/**
 * More held changes than this and the snapshot is due anyway; holding more would only
 * grow memory while the connection is unhealthy.
 */
const MAX_HELD = 50;

export function initialStageSync(sessionId: string): StageSync {
  return { sessionId, stage: null, held: [], needsSnapshot: true };
}

export function stageFromSnapshot(snapshot: StageSnapshot): StageView {
  return {
    version: snapshot.version,
    accessMode: snapshot.accessMode,
    cap: snapshot.cap,
    participants: Object.fromEntries(snapshot.participants.map((p) => [p.userId, p])),
  };
}

/** One committed change on top of the stage it follows. */
export function applyStageChange(stage: StageView, event: StageChangedEvent): StageView {
  const participants: Record<string, StageParticipantBody> = { ...stage.participants };
  for (const userId of event.left) delete participants[userId];
  for (const entry of event.changed) participants[entry.userId] = entry;
  return { version: event.version, accessMode: event.accessMode, cap: event.cap, participants };
}

/** Folds one piece of news into the page's stage. Pure: the hook runs the side effects. */
export function receiveStageNews(sync: StageSync, news: StageNews): StageUpdate {
  switch (news.type) {
    case 'resync':
      return { sync: { ...sync, needsSnapshot: true }, applied: [] };
    case 'snapshot':
      return receiveSnapshot(sync, news.snapshot);
    case 'changed':
      return receiveChange(sync, news.event);
  }
}

function receiveSnapshot(sync: StageSync, snapshot: StageSnapshot): StageUpdate {
  if (snapshot.sessionId !== sync.sessionId) return { sync, applied: [] };
  // Read before a change this page has already applied: it would undo that change.
  if (sync.stage && snapshot.version < sync.stage.version) return replay(sync, sync.stage);
  return replay(sync, stageFromSnapshot(snapshot));
}

function receiveChange(sync: StageSync, event: StageChangedEvent): StageUpdate {
  if (event.sessionId !== sync.sessionId) return { sync, applied: [] };
  if (!sync.stage || sync.needsSnapshot) return { sync: hold(sync, event), applied: [] };
  if (event.version <= sync.stage.version) return { sync, applied: [] };
  if (event.version !== sync.stage.version + 1) return { sync: { ...hold(sync, event), needsSnapshot: true }, applied: [] };
  return { sync: { ...sync, stage: applyStageChange(sync.stage, event) }, applied: [event] };
}

/** From a trusted stage, applies the held changes that follow it; a gap left over keeps the snapshot due. */
function replay(sync: StageSync, from: StageView): StageUpdate {
  let stage = from;
  const applied: StageChangedEvent[] = [];
  const pending = [...sync.held].sort((a, b) => a.version - b.version);
  while (pending.length > 0 && pending[0].version <= stage.version + 1) {
    const event = pending.shift()!;
    if (event.version === stage.version + 1) {
      stage = applyStageChange(stage, event);
      applied.push(event);
    }
  }
  return { sync: { ...sync, stage, held: pending, needsSnapshot: pending.length > 0 }, applied };
}

function hold(sync: StageSync, event: StageChangedEvent): StageSync {
  if (sync.held.some((e) => e.version === event.version)) return sync;
  const held = [...sync.held, event];
  return { ...sync, held: held.length > MAX_HELD ? held.slice(-MAX_HELD) : held, needsSnapshot: sync.needsSnapshot || held.length > MAX_HELD };
}

/**
 * Whether the page has not heard of a change the server confirmed to it (its own command's
 * answer carries the version): the broadcast was lost, and only a snapshot can tell.
 */
export function missedChange(sync: StageSync, confirmedVersion: number): boolean {
  return sync.stage !== null && !sync.needsSnapshot && sync.stage.version < confirmedVersion;
}
