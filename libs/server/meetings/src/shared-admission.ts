import type { SessionRecord } from '@lti-rooms/server-persistence';
import type { MeetingEffect } from './meeting-effects';
import type { AdmittedPerson } from './meeting-presenter';

/**
 * An admission as it travels to the other server processes: one message for a whole class,
 * plain JSON (the adapter's encoding), from which each process builds and delivers the
 * admissions of the people it holds connections for. Instead of one adapter message per
 * person, each carrying a token minted for connections that may not even be there.
 */
export interface SharedAdmission {
  session: Omit<SessionRecord, 'state'> & { state: Record<string, unknown> };
  roomName: string;
  people: AdmittedPerson[];
}

type Admitted = Extract<MeetingEffect, { kind: 'admitted' }>;

/** The session's state with its instants as ISO strings; the people with only what their body is built from. */
export function sharedAdmissionOf(effect: Admitted): SharedAdmission {
  const state = Object.fromEntries(Object.entries(effect.session.state).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
  return {
    session: { ...effect.session, state },
    roomName: effect.roomName,
    people: effect.participants.map(({ id, userId, userName, userEmail, userPicture, role, stagePosition }) => ({ id, userId, userName, userEmail, userPicture, role, stagePosition })),
  };
}

/** The session's instants back as dates (openedAt, startedAt, endedAt: every instant a state holds ends in "At"). */
export function admissionFromShared(shared: SharedAdmission): { session: SessionRecord; roomName: string; people: AdmittedPerson[] } {
  const state = Object.fromEntries(Object.entries(shared.session.state).map(([key, value]) => [key, key.endsWith('At') && typeof value === 'string' ? new Date(value) : value]));
  return { session: { ...shared.session, state } as SessionRecord, roomName: shared.roomName, people: shared.people };
}
