import { promotionDecision, PromotionResult, PromotionTarget } from './session-promotion';

const participant: PromotionTarget = { role: 'participant', promotedFrom: null };
const observer: PromotionTarget = { role: 'observer', promotedFrom: null };
const promoted: PromotionTarget = { role: 'host', promotedFrom: 'participant' };
const promotedObserver: PromotionTarget = { role: 'host', promotedFrom: 'observer' };
const hostByRole: PromotionTarget = { role: 'host', promotedFrom: null };

describe('promotionDecision', () => {
  it.each<[string, 'host' | 'participant' | 'observer', PromotionTarget, boolean, PromotionResult]>([
    ['a host makes a participant moderator', 'host', participant, true, { ok: true, role: 'host', promotedFrom: 'participant', changed: true }],
    ['a host makes an observer moderator', 'host', observer, true, { ok: true, role: 'host', promotedFrom: 'observer', changed: true }],
    ['a host takes it back', 'host', promoted, false, { ok: true, role: 'participant', promotedFrom: null, changed: true }],
    ['a promoted observer goes back to observing', 'host', promotedObserver, false, { ok: true, role: 'observer', promotedFrom: null, changed: true }],
    ['promoting a moderator again: nothing to do', 'host', promoted, true, { ok: true, role: 'host', promotedFrom: 'participant', changed: false }],
    ['promoting a host by role: nothing to do', 'host', hostByRole, true, { ok: true, role: 'host', promotedFrom: null, changed: false }],
    ['demoting a participant: nothing to do', 'host', participant, false, { ok: true, role: 'participant', promotedFrom: null, changed: false }],
    ['a host by role stays one', 'host', hostByRole, false, { ok: false, reason: 'MODERATOR_BY_ROLE' }],
    ['a participant may not promote', 'participant', observer, true, { ok: false, reason: 'HOSTS_ONLY' }],
    ['an observer may not demote', 'observer', promoted, false, { ok: false, reason: 'HOSTS_ONLY' }],
  ])('%s', (_label, actorRole, target, moderator, expected) => {
    expect(promotionDecision(actorRole, target, moderator)).toEqual(expected);
  });
});
