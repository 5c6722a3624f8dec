import { earlyEntryAt, RoomTimeline } from '../rooms/room-status';
import { admissionDecision, Occupancy } from './capacity';
import { scheduleOpensRoom } from './schedule-opening';
import { currentSession, SessionState, StartTrigger } from './session-lifecycle';

export interface EntryRequest {
  room: Pick<RoomTimeline, 'availability' | 'earlyEntryMinutes' | 'deletedAt'>;
  /** The room's most recent session, ended or not; null when it never had one. */
  session: SessionState | null;
  /** May start the session (sessionRoleFor gave 'host'): hosts never wait. */
  userIsHost: boolean;
  /** A host or moderator is in the session now (by heartbeat). */
  hostPresent: boolean;
  /** A host locked the running session: others wait until a host admits them. */
  locked: boolean;
  /** When a host last ended a session of this room for everyone; null when none ever did. */
  hostEndedAt: Date | null;
  /** People in the session now and its total cap; checked whenever the answer lets someone in. */
  occupancy: Occupancy & { totalCap: number };
  now: Date;
}

export type EntryDecision =
  /** Before the early-entry window: show a countdown to when the waiting room opens. */
  | { kind: 'countdown'; opensAt: Date; startsAt: Date }
  /** Enter the waiting room; admitted automatically when a host arrives or the room opens, or by a host in a locked session. */
  | { kind: 'wait' }
  /** Make the session live (applySessionCommand start) and go in; waiting people are admitted with you. */
  | { kind: 'start'; trigger: StartTrigger }
  /** Join the live session. */
  | { kind: 'admit' }
  | { kind: 'full'; cap: number }
  | { kind: 'ended'; endedAt: Date }
  /** The room was deleted; the edge answers as for a room that does not exist. */
  | { kind: 'unavailable' };

/**
 * What happens when someone presses Start Meeting or Join at `now` (not when they merely
 * look at the entry page). Decisions, each deliberate:
 *
 * - A live session wins over the schedule, as in roomStatusAt: anyone may join one that runs
 *   past its end time, and hosts start early whenever they like (even before the window).
 * - Scheduled rooms open by themselves at the start time: from then until the end, whoever
 *   enters first makes the session live (trigger 'schedule'), host or not. During early entry
 *   participants wait until a host or moderator is there. This is the SPEC's "the session can
 *   begin automatically"; an unattended session still ends after the host-absence timeout.
 *   Once a host has ended a session for everyone during the frame, participants wait for a
 *   host again (scheduleOpensRoom).
 * - Always-open rooms need a host: participants wait until one starts it; it then stays
 *   open until a host ends it or the host-absence timeout does. After an end, the next
 *   arrival begins a new session (SPEC: "Rejoin when the room is still open").
 * - After a scheduled room's end time, with no live session, it has ended for hosts too:
 *   to meet again a host edits the time frame.
 * - A host present while the session is still waiting (their Start is being written) makes
 *   the entrant start it too: starting is idempotent, so the first write wins.
 * - A locked live session (a host's choice, as in Kaltura) lets hosts in and has everyone
 *   else wait until a host admits them, or unlocks it.
 */
export function entryDecision(request: EntryRequest): EntryDecision {
  const { room, userIsHost, hostPresent, now } = request;
  if (room.deletedAt !== null) return { kind: 'unavailable' };

  const session = currentSession(request.session);
  if (session?.status === 'live') return request.locked && !userIsHost ? { kind: 'wait' } : admitIfRoom(request, { kind: 'admit' });

  const trigger: StartTrigger | null = userIsHost ? 'host' : hostPresent ? 'host-present' : null;
  if (room.availability.kind === 'always') return trigger ? admitIfRoom(request, { kind: 'start', trigger }) : { kind: 'wait' };

  const { start, end } = room.availability;
  const t = now.getTime();
  if (t >= end.getTime()) return { kind: 'ended', endedAt: end };
  if (trigger) return admitIfRoom(request, { kind: 'start', trigger });
  if (scheduleOpensRoom(room, request.hostEndedAt, now)) return admitIfRoom(request, { kind: 'start', trigger: 'schedule' });
  if (t >= start.getTime()) return { kind: 'wait' };
  const opensAt = earlyEntryAt(start, room.earlyEntryMinutes);
  return t >= opensAt.getTime() ? { kind: 'wait' } : { kind: 'countdown', opensAt, startsAt: start };
}

function admitIfRoom(request: EntryRequest, decision: EntryDecision): EntryDecision {
  const { totalCap, ...occupancy } = request.occupancy;
  const admission = admissionDecision({ limits: { total: totalCap }, occupancy, isHost: request.userIsHost });
  return admission.kind === 'admit' ? decision : admission;
}
