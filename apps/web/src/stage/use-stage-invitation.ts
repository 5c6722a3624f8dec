import type { StageParticipantBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { invitationToShow, inviterName, refusalClosesInvitation } from './stage-invitation';
import type { StageRoom } from './use-stage';

export interface StageInvitation {
  /** Null when the server could not name who invited me. */
  inviterName: string | null;
  refusal: string | null;
  pending: boolean;
  join: () => void;
  decline: () => void;
}

/**
 * My pending invitation, while the dialog should show it. It closes as soon as I answer
 * (the server's change follows), or when the invitation is gone: a refusal that says so
 * becomes the page's notice.
 */
export function useStageInvitation({ me, command, setNotice }: Pick<StageRoom, 'me' | 'command' | 'setNotice'>): StageInvitation | null {
  const [answeredSince, setAnsweredSince] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ since: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const invitation = invitationToShow(me, answeredSince);
  if (!invitation) return null;

  const answer = async (invited: StageParticipantBody, type: 'acceptInvite' | 'declineInvite') => {
    setPending(true);
    if (type === 'declineInvite') setAnsweredSince(invited.since);
    const problem = await command({ type });
    setPending(false);
    if (!problem) return;
    if (type === 'declineInvite' || refusalClosesInvitation(problem.code)) {
      setAnsweredSince(invited.since);
      setNotice(problem.message);
    } else {
      setRefusal({ since: invited.since, message: problem.message });
    }
  };

  return {
    inviterName: inviterName(invitation),
    refusal: refusal?.since === invitation.since ? refusal.message : null,
    pending,
    join: () => void answer(invitation, 'acceptInvite'),
    decline: () => void answer(invitation, 'declineInvite'),
  };
}
