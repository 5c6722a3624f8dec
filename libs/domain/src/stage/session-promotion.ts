import { SessionRole } from '../meetings/session-role';

/**
 * Promotion to moderator for one session (SPEC "Panel mode": role changes apply live). A
 * host may make any participant or observer a moderator of the running session, and take
 * that back; it lasts until the session ends and gives the host's powers in it (stage,
 * ending). Those who are hosts by their LMS or room role cannot be demoted here: that role
 * is the LMS's and the room owner's to change.
 */
export interface PromotionTarget {
  role: SessionRole;
  /** The role they had before a host promoted them in this session; null when not promoted. */
  promotedFrom: Exclude<SessionRole, 'host'> | null;
}

export const PROMOTION_REFUSALS = ['HOSTS_ONLY', 'MODERATOR_BY_ROLE'] as const;
export type PromotionRefusal = (typeof PROMOTION_REFUSALS)[number];

export type PromotionResult =
  /** changed is false when the person already has the asked-for role. */
  | { ok: true; role: SessionRole; promotedFrom: PromotionTarget['promotedFrom']; changed: boolean }
  | { ok: false; reason: PromotionRefusal };

export function promotionDecision(actorRole: SessionRole, target: PromotionTarget, moderator: boolean): PromotionResult {
  if (actorRole !== 'host') return { ok: false, reason: 'HOSTS_ONLY' };
  const unchanged: PromotionResult = { ok: true, role: target.role, promotedFrom: target.promotedFrom, changed: false };
  if (moderator) return target.role === 'host' ? unchanged : { ok: true, role: 'host', promotedFrom: target.role, changed: true };
  if (target.role !== 'host') return unchanged;
  if (target.promotedFrom === null) return { ok: false, reason: 'MODERATOR_BY_ROLE' };
  return { ok: true, role: target.promotedFrom, promotedFrom: null, changed: true };
}
