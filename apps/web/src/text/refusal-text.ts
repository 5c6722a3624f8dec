import type { AckErrorCode, ApiErrorCode } from '@lti-rooms/contracts';
import { ROOM_ACTIONS, type ErrorParams, type RefusalReason, type RoomAction, type StageAnswerRefusal } from '@lti-rooms/domain';
import { t } from '../i18n/translate';

/**
 * The words for every refusal the server can send: it sends codes and data, the page owns
 * the sentences. Each table is a Record over its code union, so a new code fails to compile
 * until it is worded here. Every wording is a function, worded in the page's language when
 * it is shown; each is one whole message (no sentence built from pieces).
 */

type Wording = (params: ErrorParams) => string;

/** The room actions the refusal names one by one (the message's select); any other is "You may not do this." */
const NAMED_ROOM_ACTIONS: ReadonlySet<string> = new Set<RoomAction>(ROOM_ACTIONS);

export const REASON_TEXT: Record<RefusalReason, Wording> = {
  ROOM_NOT_FOUND: () => t('common.refusal.roomNotFound'),
  RESTORABLE_ROOM_NOT_FOUND: () => t('common.refusal.restorableRoomNotFound'),
  COURSE_NOT_FOUND: () => t('common.refusal.courseNotFound'),
  TEMPLATE_NOT_FOUND: () => t('common.refusal.templateNotFound'),
  PLATFORM_NOT_FOUND: () => t('common.refusal.platformNotFound'),
  ORIGIN_NOT_FOUND: () => t('common.refusal.originNotFound'),
  COLLABORATOR_NOT_FOUND: () => t('common.refusal.collaboratorNotFound'),
  SESSION_NOT_FOUND: () => t('common.refusal.sessionNotFound'),
  SESSION_OVER: () => t('common.refusal.sessionOver'),
  NO_SUCH_ADDRESS: () => t('common.refusal.nothingAtAddress'),
  NOT_AN_ADMINISTRATOR: () => t('common.refusal.notAnAdministrator'),
  OWN_PLATFORM_DEACTIVATION: () => t('common.refusal.ownPlatformDeactivation'),
  OTHER_PLATFORM: () => t('common.refusal.otherPlatform'),
  ROSTER_FOR_HOSTS_ONLY: () => t('common.refusal.rosterForHostsOnly'),
  PUBLISH_NOT_ALLOWED: () => t('common.refusal.publishNotAllowed'),
  UNPUBLISH_NOT_ALLOWED: () => t('common.refusal.unpublishNotAllowed'),
  CREATE_IN_COURSE_NOT_ALLOWED: () => t('common.refusal.createInCourseNotAllowed'),
  CREATE_NOT_ALLOWED: () => t('common.refusal.createNotAllowed'),
  PLACE_NOT_ALLOWED: () => t('common.refusal.placeNotAllowed'),
  NOT_A_DEEP_LINKING_LAUNCH: () => t('common.refusal.notADeepLinkingLaunch'),
  END_FOR_HOSTS_ONLY: () => t('common.refusal.endForHostsOnly'),
  ADMIT_FOR_HOSTS_ONLY: () => t('common.refusal.admitForHostsOnly'),
  // One message, a whole sentence per action (an ICU select): no phrase pasted into "You may not …".
  ROOM_ACTION_NOT_ALLOWED: ({ action }) => t('common.refusal.roomActionNotAllowed', { action: typeof action === 'string' && NAMED_ROOM_ACTIONS.has(action) ? action : 'other' }),
  NOT_IN_SESSION: () => t('common.refusal.notInSession'),
  ROSTER_NOT_OFFERED: () => t('common.refusal.rosterNotOffered'),
  ROSTER_UNREADABLE: () => t('common.refusal.rosterUnreadable'),
  NO_LAUNCH_TOKEN: () => t('common.refusal.signInFromCourse'),
  SESSION_EXPIRED: () => t('common.refusal.sessionExpired'),
  SESSION_OF_ANOTHER_BROWSER: () => t('common.refusal.sessionOfAnotherBrowser'),
  SESSION_NO_LONGER_VALID: () => t('common.refusal.sessionNoLongerValid'),
  PLATFORM_DEACTIVATED: () => t('common.refusal.platformDeactivated'),
  INVALID_JSON: () => t('common.refusal.invalidJson'),
  MALFORMED_ESCAPE: () => t('common.refusal.malformedEscape'),
  UNSUPPORTED_ENCODING: () => t('common.refusal.unsupportedEncoding'),
  BODY_TOO_LARGE: ({ limitKb }) => t('common.refusal.bodyTooLarge', { limitKb }),
  UNREADABLE_REQUEST: () => t('common.refusal.unreadableRequest'),
  OPERATOR_PAGE_DISABLED: () => t('common.refusal.operatorPageDisabled'),
  OPERATOR_SECRET_WRONG: () => t('common.refusal.operatorSecretWrong'),
};

/** What the person is told when the server refuses a stage action; each names what to do next. */
export const STAGE_REFUSAL_TEXT: Record<StageAnswerRefusal, () => string> = {
  NOT_IN_SESSION: () => t('common.stageRefusal.notInSession'),
  HOSTS_ONLY: () => t('common.stageRefusal.hostsOnly'),
  SERVER_ONLY: () => t('common.stageRefusal.serverOnly'),
  TARGET_IS_HOST: () => t('common.stageRefusal.targetIsHost'),
  OBSERVERS_ONLY_BY_INVITATION: () => t('common.stageRefusal.observersOnlyByInvitation'),
  STAGE_FULL: () => t('common.stageRefusal.stageFull'),
  INVITATION_REVOKED: () => t('common.stageRefusal.invitationRevoked'),
  INVITATION_WITHDRAWN: () => t('common.stageRefusal.invitationWithdrawn'),
  NO_INVITATION: () => t('common.stageRefusal.noInvitation'),
  NO_PENDING_REQUEST: () => t('common.stageRefusal.noPendingRequest'),
  ALREADY_ON_STAGE: () => t('common.stageRefusal.alreadyOnStage'),
  ALREADY_INVITED: () => t('common.stageRefusal.alreadyInvited'),
  NOT_IN_THIS_ACCESS_MODE: () => t('common.stageRefusal.notInThisAccessMode'),
  NO_HOST_PRESENT: () => t('common.stageRefusal.noHostPresent'),
  MODERATOR_BY_ROLE: () => t('common.stageRefusal.moderatorByRole'),
  NOT_A_PANEL_SESSION: () => t('common.stageRefusal.notAPanelSession'),
};

/** A code's own words, when no reason says more. */
export const API_CODE_TEXT: Record<ApiErrorCode, Wording> = {
  UNAUTHENTICATED: () => t('common.refusal.signInFromCourse'),
  INVALID_LAUNCH_TOKEN: () => t('common.refusal.sessionExpired'),
  SESSION_COOKIE_MISSING: () => t('common.refusal.sessionOfAnotherBrowser'),
  PLATFORM_INACTIVE: () => t('common.refusal.platformDeactivated'),
  VALIDATION_FAILED: () => t('common.apiCode.validationFailed'),
  BAD_REQUEST: () => t('common.refusal.unreadableRequest'),
  PAYLOAD_TOO_LARGE: () => t('common.apiCode.payloadTooLarge'),
  UNSUPPORTED_MEDIA_TYPE: () => t('common.refusal.unsupportedEncoding'),
  FORBIDDEN: () => t('common.apiCode.forbidden'),
  NOT_FOUND: () => t('common.refusal.nothingAtAddress'),
  CONFLICT: () => t('common.apiCode.conflict'),
  RATE_LIMITED: () => t('common.apiCode.rateLimited'),
  DATABASE_UNAVAILABLE: () => t('common.apiCode.databaseUnavailable'),
  UPSTREAM_FAILED: () => t('common.apiCode.upstreamFailed'),
  INTERNAL: ({ reference }) => (reference ? t('common.apiCode.internalWithReference', { reference }) : t('common.apiCode.internal')),
};

/** What the page's own socket client reports, and what it says. */
const CLIENT_ACK_TEXT: Record<'NO_ANSWER' | 'UNEXPECTED_RESPONSE' | 'NOT_CONNECTED', () => string> = {
  NO_ANSWER: () => t('common.ack.noAnswer'),
  UNEXPECTED_RESPONSE: () => t('common.ack.unexpectedResponse'),
  NOT_CONNECTED: () => t('common.ack.notConnected'),
};

export interface Refusal {
  code: AckErrorCode | string;
  reason?: RefusalReason;
  params?: ErrorParams;
  retryAfterSeconds?: number;
}

/** The sentence for a refusal: its reason's words, else its code's, else a stage refusal's. */
export function refusalText({ code, reason, params = {}, retryAfterSeconds }: Refusal): string {
  if (reason && reason in REASON_TEXT) return REASON_TEXT[reason](params);
  if (code === 'RATE_LIMITED' && retryAfterSeconds !== undefined) return t('common.apiCode.rateLimitedFor', { seconds: retryAfterSeconds });
  if (code in API_CODE_TEXT) return API_CODE_TEXT[code as ApiErrorCode](params);
  if (code in STAGE_REFUSAL_TEXT) return STAGE_REFUSAL_TEXT[code as StageAnswerRefusal]();
  if (code in CLIENT_ACK_TEXT) return CLIENT_ACK_TEXT[code as keyof typeof CLIENT_ACK_TEXT]();
  return t('common.apiCode.internal');
}

/** A refusal as the page shows it: its code, in words. */
export function problemOf(refusal: Refusal): { code: string; message: string } {
  return { code: refusal.code, message: refusalText(refusal) };
}
