import type { StageChangedEvent, StageMove } from '@lti-rooms/contracts';
import { t } from '../i18n/translate';

/** What a person is told when their own place on the stage changes (SPEC "Panel mode": "the viewer is told the outcome"). */
const MOVE_NOTICES: Partial<Record<StageMove['cause'], () => string>> = {
  'request-declined': () => t('stage.notice.requestDeclined'),
  'removed-from-stage': () => t('stage.notice.removedFromStage'),
  'invitation-revoked': () => t('stage.notice.invitationRevoked'),
  'invitation-withdrawn-no-host': () => t('stage.notice.noHost'),
  'request-closed-no-host': () => t('stage.notice.noHost'),
  'request-closed-by-access-mode': () => t('stage.notice.requestsClosed'),
  'brought-to-stage': () => t('stage.notice.onStage'),
  'invitation-accepted': () => t('stage.notice.onStage'),
  'joined-stage': () => t('stage.notice.onStage'),
};

export const promotedNotice = () => t('stage.notice.promoted');
export const promotedOnStageNotice = () => t('stage.notice.promotedOnStage');
/** Said while the video connects again without the moderator's rights. */
export const demotedNotice = () => t('stage.notice.demoted');

export function noticeForMove(cause: StageMove['cause']): string | null {
  return MOVE_NOTICES[cause]?.() ?? null;
}

/**
 * The notice the latest changes call for: the last change concerning me wins, since it says
 * where I stand now; a move without words of its own (I left the stage, I declined) clears an
 * older notice, which would no longer be true. Undefined: nothing concerned me.
 */
export function stageNoticeFor(applied: readonly StageChangedEvent[], myUserId: string): string | null | undefined {
  let notice: string | null | undefined;
  for (const event of applied) {
    const move = event.moves.filter((m) => m.userId === myUserId).at(-1);
    const roleChange = event.roleChanges.find((r) => r.userId === myUserId);
    if (roleChange?.to === 'host') notice = move?.to === 'on-stage' ? promotedOnStageNotice() : promotedNotice();
    else if (move) notice = noticeForMove(move.cause);
    // No longer a moderator: "a host made you a moderator" would now be false (the video's reconnect notice says the rest).
    else if (roleChange) notice = null;
  }
  return notice;
}

/**
 * What hosts are told about other people's answers: a declined invitation (otherwise they
 * would only see the Invite button come back). Undefined: nothing for hosts in these changes.
 */
export function hostNoticeFor(applied: readonly StageChangedEvent[], myUserId: string, nameOf: (userId: string) => string | undefined): string | undefined {
  let notice: string | undefined;
  for (const event of applied) {
    for (const move of event.moves) {
      if (move.cause === 'invitation-declined' && move.userId !== myUserId) {
        const name = nameOf(move.userId);
        notice = t('stage.notice.invitationDeclined', { named: name ? 'yes' : 'no', name: name ?? '' });
      }
    }
  }
  return notice;
}
