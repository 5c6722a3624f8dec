import type { EndedBody, ServerToClientEvents, StageChangedEvent } from '@lti-rooms/contracts';
import type { ParticipantRecord, SessionRecord } from '@lti-rooms/server-persistence';
import type { SharedAdmission } from './shared-admission';

/**
 * Where real-time events go. Both channels are known before a person enters (the room they
 * open, and they themselves in it), so a client subscribes first and cannot miss the
 * admission another server process commits a moment after its own "enter" returned.
 */
export const channels = {
  /** Everyone who opened the room's meeting page: status, waiting count, presence, ended. */
  room: (roomId: string) => `room:${roomId}`,
  /** One person in one room, on every tab: admitted, full. */
  person: (roomId: string, userId: string) => `person:${roomId}:${userId}`,
};

/** What the real-time layer offers the meeting service: fan-out to channels, across processes. */
export interface MeetingTransport {
  emit<E extends keyof ServerToClientEvents>(channel: string, event: E, payload: Parameters<ServerToClientEvents[E]>[0]): void;
  /** The same, to this process's connections only: nothing goes through the adapter. */
  emitHere<E extends keyof ServerToClientEvents>(channel: string, event: E, payload: Parameters<ServerToClientEvents[E]>[0]): void;
  /** Whether a connection of this process listens on the channel. */
  listensHere(channel: string): boolean;
  /** Hands an admission to the other processes in one message; each delivers it to its own connections (MeetingPublisher.deliverShared). */
  shareAdmission(admission: SharedAdmission): void;
  /** Coalesces head-count broadcasts for a session (many joins in a burst become one update). */
  headcountChanged(accountId: string, roomId: string, sessionId: string): void;
  /** The session ended: local connections stop vouching for its people. */
  sessionClosed(roomId: string, sessionId: string): void;
}

/** What a committed change must tell people. Collected inside the transaction, published after commit. */
export type MeetingEffect =
  | { kind: 'live'; session: SessionRecord }
  | { kind: 'admitted'; session: SessionRecord; roomName: string; participants: ParticipantRecord[] }
  | { kind: 'full'; roomId: string; userIds: string[]; cap: number }
  | { kind: 'ended'; roomId: string; body: EndedBody }
  | { kind: 'headcount'; accountId: string; roomId: string; sessionId: string }
  | { kind: 'stage'; roomId: string; event: StageChangedEvent }
  | { kind: 'locked'; roomId: string; sessionId: string; locked: boolean };

export const headcountEffect = (session: Pick<SessionRecord, 'accountId' | 'roomId' | 'id'>): MeetingEffect => ({
  kind: 'headcount', accountId: session.accountId, roomId: session.roomId, sessionId: session.id,
});
