/**
 * One session's life: waiting → live → ended (SPEC "Meetings"). The state machine records
 * what happened and when; who may make it happen is decided before, by entryDecision (who
 * starts), sweepSession (what the clock starts or ends) and the session role (who ends).
 */
export const SESSION_STATUSES = ['waiting', 'live', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * What made a session live: a host entered, a host was already present when someone
 * entered, or a scheduled room reached its start time and opened by itself.
 */
export const START_TRIGGERS = ['host', 'host-present', 'schedule'] as const;
export type StartTrigger = (typeof START_TRIGGERS)[number];

/** 'abandoned': everyone left the waiting room before any host came; the session never went live. */
export const END_REASONS = ['host-ended', 'host-absent', 'schedule-ended', 'room-deleted', 'abandoned'] as const;
export type EndReason = (typeof END_REASONS)[number];

export type SessionState =
  /** Someone is in the waiting room; no host has arrived and the room has not opened by itself. */
  | { status: 'waiting'; openedAt: Date }
  | { status: 'live'; openedAt: Date; startedAt: Date; startedBy: StartTrigger }
  /** startedAt is null when the session never went live (nobody hosted before the time frame ended). */
  | { status: 'ended'; openedAt: Date; startedAt: Date | null; endedAt: Date; endReason: EndReason };

export type SessionCommand =
  /** Someone entered the waiting room. */
  | { type: 'open' }
  | { type: 'start'; trigger: StartTrigger }
  | { type: 'end'; reason: EndReason };

export const SESSION_REFUSALS = ['NO_SESSION', 'SESSION_ENDED'] as const;
export type SessionRefusal = (typeof SESSION_REFUSALS)[number];

export type SessionTransition =
  /** changed is false when the command found its outcome already in place (nothing to write, nothing to broadcast). */
  | { ok: true; session: SessionState; changed: boolean }
  | { ok: false; reason: SessionRefusal };

const unchanged = (session: SessionState): SessionTransition => ({ ok: true, session, changed: false });
const changedTo = (session: SessionState): SessionTransition => ({ ok: true, session, changed: true });

/**
 * Applies one command to a room's current session (null: the room has none yet).
 *
 * Starting and ending are idempotent because they race by nature: two hosts press Start
 * at once (the first makes it live, the second joins it), and the sweep that ends
 * abandoned sessions runs on every server process. An ended session stays ended: a room
 * meets again in a new session, so "start" on an ended one is refused and the caller
 * passes null to begin the next.
 */
export function applySessionCommand(session: SessionState | null, command: SessionCommand, now: Date): SessionTransition {
  if (session === null) {
    switch (command.type) {
      case 'open':
        return changedTo({ status: 'waiting', openedAt: now });
      case 'start':
        return changedTo({ status: 'live', openedAt: now, startedAt: now, startedBy: command.trigger });
      case 'end':
        return { ok: false, reason: 'NO_SESSION' };
    }
  }
  switch (session.status) {
    case 'waiting':
      if (command.type === 'open') return unchanged(session);
      if (command.type === 'start') return changedTo({ status: 'live', openedAt: session.openedAt, startedAt: now, startedBy: command.trigger });
      return changedTo({ status: 'ended', openedAt: session.openedAt, startedAt: null, endedAt: now, endReason: command.reason });
    case 'live':
      if (command.type !== 'end') return unchanged(session);
      return changedTo({ status: 'ended', openedAt: session.openedAt, startedAt: session.startedAt, endedAt: now, endReason: command.reason });
    case 'ended':
      return command.type === 'end' ? unchanged(session) : { ok: false, reason: 'SESSION_ENDED' };
  }
}

/** The session people can still be in: the latest one unless it has ended. */
export function currentSession(latest: SessionState | null): Exclude<SessionState, { status: 'ended' }> | null {
  return latest === null || latest.status === 'ended' ? null : latest;
}
