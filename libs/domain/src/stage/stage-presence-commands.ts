import { SessionRole } from '../meetings/session-role';
import { StageEvent, StageResult } from './stage-commands';
import { closePendingWithoutHosts, move, noChange, refuse } from './stage-moves';
import { hostsPresent, stageHasRoom, StageParticipant, StageState } from './stage-state';

/** What the server tells the stage as people come, go and change role. */

/**
 * Hosts and moderators join on stage while a seat is free; past the cap they join as
 * viewers (with their host powers) and may step up when a seat frees. Everyone else joins as
 * a viewer. A reconnect resumes the same participant: their position is kept.
 */
export function participantJoined(state: StageState, userId: string, role: SessionRole, now: Date): StageResult {
  if (state.participants[userId]) return roleChanged(state, userId, role, now);
  const position = role === 'host' && stageHasRoom(state) ? 'on-stage' : 'viewer';
  const participant: StageParticipant = { userId, role, position, since: now, invitedBy: null, lastInvitationOutcome: null };
  return {
    ok: true,
    state: { ...state, participants: { ...state.participants, [userId]: participant } },
    events: [{ type: 'participant-joined', userId, role, position, at: now }],
  };
}

/**
 * A class let in at once: exactly participantJoined for each person in turn, with the roster
 * copied once for the batch rather than once per person (300 people: 300 copies of up to
 * 300 entries otherwise).
 */
export function participantsJoined(state: StageState, people: ReadonlyArray<{ userId: string; role: SessionRole }>, now: Date): StageResult {
  let next = state;
  // The batch's own copy of the roster, once a new person is in it; folded into `next` before anything else reads `next`.
  let roster: Record<string, StageParticipant> | null = null;
  const events: StageEvent[] = [];
  const settle = () => {
    if (roster) next = { ...next, participants: roster };
    roster = null;
  };
  for (const { userId, role } of people) {
    const current = roster ?? next.participants;
    if (current[userId]) {
      settle();
      const result = participantJoined(next, userId, role, now);
      if (!result.ok) continue;
      next = result.state;
      events.push(...result.events);
      continue;
    }
    const position = role === 'host' && stageHasRoom({ ...next, participants: current }) ? 'on-stage' : 'viewer';
    roster ??= { ...next.participants };
    roster[userId] = { userId, role, position, since: now, invitedBy: null, lastInvitationOutcome: null };
    events.push({ type: 'participant-joined', userId, role, position, at: now });
  }
  settle();
  return { ok: true, state: next, events };
}

/**
 * Someone left for good (heartbeats stopped, not a blip). Their seat frees and their own
 * invitation or request goes with them. When a host leaves, pending invitations stay valid
 * as long as another host or moderator remains, whoever sent them: the SPEC lets any host
 * manage them. When the last one leaves, they are withdrawn (closePendingWithoutHosts).
 */
export function participantLeft(state: StageState, userId: string, now: Date): StageResult {
  const leaving = state.participants[userId];
  if (!leaving) return noChange(state);
  const participants = { ...state.participants };
  delete participants[userId];
  const without: StageState = { ...state, participants };
  const events: StageEvent[] = [{ type: 'participant-left', userId, wasOnStage: leaving.position === 'on-stage', at: now }];
  if (leaving.role !== 'host' || hostsPresent(without)) return { ok: true, state: without, events };
  const closed = closePendingWithoutHosts(without, now);
  return { ok: true, state: closed.state, events: [...events, ...closed.events] };
}

/**
 * Promotions apply live, without a rejoin (SPEC "Panel mode"). A new host steps on stage if a
 * seat is free, their invitation or request now moot. A host who loses the role keeps the
 * stage position they had, as any panelist would; another host may remove them. If they
 * were the last host, pending invitations and requests are withdrawn as when one leaves.
 */
export function roleChanged(state: StageState, userId: string, role: SessionRole, now: Date): StageResult {
  const participant = state.participants[userId];
  if (!participant) return refuse('NOT_IN_SESSION');
  if (participant.role === role) return noChange(state);
  let next: StageState = { ...state, participants: { ...state.participants, [userId]: { ...participant, role } } };
  const events: StageEvent[] = [{ type: 'role-changed', userId, from: participant.role, to: role, at: now }];

  if (role === 'host' && participant.position !== 'on-stage') {
    const to = stageHasRoom(next) ? 'on-stage' : 'viewer';
    if (to !== participant.position) {
      const result = move(next, next.participants[userId], { to, cause: 'host-role', by: null }, now);
      next = result.state;
      events.push(result.event);
    }
  }
  if (participant.role === 'host' && !hostsPresent(next)) {
    const closed = closePendingWithoutHosts(next, now);
    next = closed.state;
    events.push(...closed.events);
  }
  return { ok: true, state: next, events };
}
