import type { StageChangedEvent, StageMove } from '@lti-rooms/contracts';

/** What a person is told when their own place on the stage changes (SPEC "Panel mode": "the viewer is told the outcome"). */
const MOVE_NOTICES: Partial<Record<StageMove['cause'], string>> = {
  'request-declined': 'The host declined your request to join the stage.',
  'removed-from-stage': 'A host moved you back to the audience.',
  'invitation-revoked': 'The host withdrew the invitation.',
  'invitation-withdrawn-no-host': 'No host is in the session any more, so the stage is closed for now.',
  'request-closed-no-host': 'No host is in the session any more, so the stage is closed for now.',
  'request-closed-by-access-mode': 'The stage no longer takes requests.',
  'brought-to-stage': 'You are on stage: your camera and microphone are on.',
  'invitation-accepted': 'You are on stage: your camera and microphone are on.',
  'joined-stage': 'You are on stage: your camera and microphone are on.',
};

export const PROMOTED_NOTICE = 'A host made you a moderator of this session.';
export const PROMOTED_ON_STAGE_NOTICE = 'A host made you a moderator: you are on stage.';
export const DEMOTED_NOTICE = 'Your moderator rights were removed: reconnecting the video…';

export function noticeForMove(cause: StageMove['cause']): string | null {
  return MOVE_NOTICES[cause] ?? null;
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
    if (roleChange?.to === 'host') notice = move?.to === 'on-stage' ? PROMOTED_ON_STAGE_NOTICE : PROMOTED_NOTICE;
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
      if (move.cause === 'invitation-declined' && move.userId !== myUserId) notice = `${nameOf(move.userId) ?? 'A participant'} declined the invitation to the stage.`;
    }
  }
  return notice;
}
