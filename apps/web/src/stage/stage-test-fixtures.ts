import type { StageChangedEvent, StageParticipantBody, StageSnapshot } from '@lti-rooms/contracts';
import { stageFromSnapshot, type StageView } from './stage-state';

/** Builders for the stage tests: a host on stage and whoever else a case needs. */

export function person(userId: string, overrides: Partial<StageParticipantBody> = {}): StageParticipantBody {
  return {
    userId,
    name: userId.replace(/^./, (c) => c.toUpperCase()),
    role: 'participant',
    promoted: false,
    position: 'viewer',
    since: '2026-11-27T10:00:00.000Z',
    invitedBy: null,
    jitsiParticipantId: null,
    ...overrides,
  };
}

export const host = (overrides: Partial<StageParticipantBody> = {}) => person('ada', { name: 'Ada Instructor', role: 'host', position: 'on-stage', jitsiParticipantId: 'ada-endpoint', ...overrides });

export function snapshot(participants: StageParticipantBody[], overrides: Partial<StageSnapshot> = {}): StageSnapshot {
  return { sessionId: 's1', version: 3, accessMode: 'invite', cap: 10, participants, ...overrides };
}

export function stage(participants: StageParticipantBody[], overrides: Partial<StageSnapshot> = {}): StageView {
  return stageFromSnapshot(snapshot(participants, overrides));
}

export function changed(version: number, overrides: Partial<StageChangedEvent> = {}): StageChangedEvent {
  return { sessionId: 's1', version, accessMode: 'invite', cap: 10, changed: [], left: [], moves: [], roleChanges: [], ...overrides };
}
