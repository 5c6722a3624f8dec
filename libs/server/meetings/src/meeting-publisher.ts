import type { Logger } from '@lti-rooms/server-core';
import { channels, MeetingEffect, MeetingTransport } from './meeting-effects';
import { AdmittedPerson, MeetingPresenter } from './meeting-presenter';
import { admissionFromShared, SharedAdmission, sharedAdmissionOf } from './shared-admission';
import type { SessionRecord } from '@lti-rooms/server-persistence';

/**
 * The people let in or turned away first: that is what they wait for, and the room-wide news
 * of the same change (live, the stage) is one write per person in the room, 300 of them before
 * the first admission otherwise. Nothing depends on the order: a page that is admitted ignores
 * "live", and stage changes are applied by version.
 */
function inDeliveryOrder(effects: readonly MeetingEffect[]): MeetingEffect[] {
  const personal = (effect: MeetingEffect) => effect.kind === 'admitted' || effect.kind === 'full';
  return [...effects.filter(personal), ...effects.filter((effect) => !personal(effect))];
}

/**
 * Tells people what a committed change means for them. Runs after the commit, never inside
 * a transaction: minting tokens and fanning out must not hold the room's lock. Without a
 * transport (no real-time server, as in some tests) the effects are simply not sent.
 */
export class MeetingPublisher {
  private transport: MeetingTransport | null = null;

  constructor(private readonly presenter: MeetingPresenter, private readonly logger: Logger) {}

  attach(transport: MeetingTransport): void {
    this.transport = transport;
  }

  async publish(effects: readonly MeetingEffect[]): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    for (const effect of inDeliveryOrder(effects)) {
      try {
        await this.publishOne(transport, effect);
      } catch (error) {
        // The change is committed; a client that missed the news gets it when it enters again.
        this.logger.error({ err: error, effect: effect.kind }, 'could not publish a meeting change');
      }
    }
  }

  /** Another process's admission: the people connected to this one get theirs. */
  async deliverShared(shared: SharedAdmission): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    const { session, roomName, people } = admissionFromShared(shared);
    await this.deliverAdmitted(transport, session, roomName, people).catch((error: unknown) => {
      this.logger.error({ err: error, effect: 'admitted' }, 'could not publish a meeting change');
    });
  }

  /**
   * Each admitted person connected here gets their meeting and their own JWT, sent straight to
   * their connections: the tokens are minted only for people this process serves, and nothing
   * per person goes through the adapter (the other processes had the one shared message).
   */
  private async deliverAdmitted(transport: MeetingTransport, session: SessionRecord, roomName: string, people: readonly AdmittedPerson[]): Promise<void> {
    const here = people.filter((person) => transport.listensHere(channels.person(session.roomId, person.userId)));
    if (here.length === 0) return;
    const meetings = await this.presenter.meetings(session, roomName, here);
    for (const person of here) transport.emitHere(channels.person(session.roomId, person.userId), 'session:admitted', { meeting: meetings.get(person.id)! });
  }

  private async publishOne(transport: MeetingTransport, effect: MeetingEffect): Promise<void> {
    switch (effect.kind) {
      case 'live': {
        const { session } = effect;
        if (session.state.status !== 'live') return;
        transport.emit(channels.room(session.roomId), 'session:status', { sessionId: session.id, status: 'live', startedAt: session.state.startedAt.toISOString() });
        return;
      }
      case 'admitted':
        // One message for the whole class to the other processes, then this process's own people.
        transport.shareAdmission(sharedAdmissionOf(effect));
        return this.deliverAdmitted(transport, effect.session, effect.roomName, effect.participants);
      case 'full':
        for (const userId of effect.userIds) transport.emit(channels.person(effect.roomId, userId), 'session:full', { cap: effect.cap });
        return;
      case 'ended':
        transport.emit(channels.room(effect.roomId), 'session:ended', effect.body);
        if (effect.body.sessionId) transport.sessionClosed(effect.roomId, effect.body.sessionId);
        return;
      case 'headcount':
        transport.headcountChanged(effect.accountId, effect.roomId, effect.sessionId);
        return;
      case 'stage':
        transport.emit(channels.room(effect.roomId), 'stage:changed', effect.event);
        return;
      case 'locked':
        transport.emit(channels.room(effect.roomId), 'session:locked', { sessionId: effect.sessionId, locked: effect.locked });
        return;
    }
  }
}
