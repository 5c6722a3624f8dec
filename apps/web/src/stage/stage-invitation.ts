import type { StageParticipantBody } from '@lti-rooms/contracts';
import { t } from '../i18n/translate';

/**
 * Refusals of "Join stage" after which there is no invitation left to answer: the dialog
 * closes and says why. Any other refusal (the stage is full...) leaves it open to try again.
 */
const CLOSING_REFUSALS: ReadonlySet<string> = new Set(['INVITATION_REVOKED', 'INVITATION_WITHDRAWN', 'NO_INVITATION', 'ALREADY_ON_STAGE']);

export function refusalClosesInvitation(code: string): boolean {
  return CLOSING_REFUSALS.has(code);
}

/**
 * The invitation the dialog should show: mine while pending, unless I already answered
 * this one (identified by when it was sent) and the server has not caught up yet.
 */
export function invitationToShow(me: StageParticipantBody | null, answeredSince: string | null): StageParticipantBody | null {
  if (!me || me.position !== 'invited' || me.since === answeredSince) return null;
  return me;
}

/** Who sent the invitation; null when the server could not name them. */
export function inviterName(invitation: StageParticipantBody): string | null {
  return invitation.invitedBy?.name || null;
}

/** "Ada Instructor invites you to the stage.", or "A host invites…" when unnamed. */
export function invitationText(inviter: string | null): string {
  return t('stage.invitation.text', { named: inviter ? 'yes' : 'no', inviter: inviter ?? '' });
}
