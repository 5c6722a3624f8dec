import type { AckErrorCode, ApiErrorCode } from '@lti-rooms/contracts';
import type { ErrorParams, RefusalReason, RoomAction, StageAnswerRefusal } from '@lti-rooms/domain';

/**
 * The words for every refusal the server can send: it sends codes and data, the page owns
 * the sentences. Each table is a Record over its code union, so a new code fails to compile
 * until it is worded here.
 */

type Wording = (params: ErrorParams) => string;

const ROOM_ACTION_TEXT: Record<RoomAction, string> = {
  view: 'open this room',
  edit: 'edit this room',
  delete: 'delete this room',
  restore: 'restore this room',
  start: 'start this room',
  publish: 'publish this room',
  unpublish: 'remove this room from a course',
  like: 'like this room',
  manageCollaborators: 'manage the collaborators of this room',
  viewAttendance: 'see the attendance of this room',
};

const AGAIN_FROM_COURSE = 'Open the room again from your course.';

export const REASON_TEXT: Record<RefusalReason, Wording> = {
  ROOM_NOT_FOUND: () => 'The room was not found.',
  RESTORABLE_ROOM_NOT_FOUND: () => 'A restorable room was not found.',
  COURSE_NOT_FOUND: () => 'The course was not found.',
  TEMPLATE_NOT_FOUND: () => 'The template was not found.',
  PLATFORM_NOT_FOUND: () => 'The platform was not found.',
  ORIGIN_NOT_FOUND: () => 'The origin was not found.',
  COLLABORATOR_NOT_FOUND: () => 'The collaborator was not found.',
  SESSION_NOT_FOUND: () => 'The session was not found.',
  SESSION_OVER: () => 'This session is over. Open the room again to rejoin.',
  NO_SUCH_ADDRESS: () => 'Nothing was found at this address.',
  NOT_AN_ADMINISTRATOR: () => 'You may not administer LTI Rooms.',
  OWN_PLATFORM_DEACTIVATION: () => 'You may not deactivate the platform you are signed in through (use the command line).',
  OTHER_PLATFORM: () => "You may not deactivate another platform's registration.",
  ROSTER_FOR_HOSTS_ONLY: () => 'You may not see the course roster.',
  PUBLISH_NOT_ALLOWED: () => 'You may not publish into that course.',
  UNPUBLISH_NOT_ALLOWED: () => 'You may not remove the room from that course.',
  CREATE_IN_COURSE_NOT_ALLOWED: () => 'You may not create rooms in this course.',
  CREATE_NOT_ALLOWED: () => 'You may not create rooms.',
  PLACE_NOT_ALLOWED: () => 'You may not place this room in this course.',
  NOT_A_DEEP_LINKING_LAUNCH: () => 'This page was not opened from the LMS to add content.',
  END_FOR_HOSTS_ONLY: () => 'You may not end this session (only hosts and moderators may).',
  ADMIT_FOR_HOSTS_ONLY: () => 'Only hosts and moderators may lock the session and let people in.',
  ROOM_ACTION_NOT_ALLOWED: ({ action }) => `You may not ${ROOM_ACTION_TEXT[action as RoomAction] ?? 'do this'}.`,
  NOT_IN_SESSION: () => 'You are not in this session.',
  ROSTER_NOT_OFFERED: () => 'The LMS does not offer the course roster (Names and Role Provisioning) for this course.',
  ROSTER_UNREADABLE: () => 'The course roster could not be read from the LMS.',
  NO_LAUNCH_TOKEN: () => 'Open LTI Rooms from your course to sign in.',
  SESSION_EXPIRED: () => `Your session has expired. ${AGAIN_FROM_COURSE}`,
  SESSION_OF_ANOTHER_BROWSER: () => `This session belongs to another browser. ${AGAIN_FROM_COURSE}`,
  SESSION_NO_LONGER_VALID: () => `Your session is no longer valid. ${AGAIN_FROM_COURSE}`,
  PLATFORM_DEACTIVATED: () => 'LTI Rooms has been deactivated for your LMS.',
  INVALID_JSON: () => 'The request body is not valid JSON.',
  MALFORMED_ESCAPE: () => 'The address contains a malformed %-escape.',
  UNSUPPORTED_ENCODING: () => "The request body's encoding or character set is not supported.",
  BODY_TOO_LARGE: ({ limitKb }) => `The request body is larger than ${limitKb} KB.`,
  UNREADABLE_REQUEST: () => 'The request could not be read.',
  OPERATOR_PAGE_DISABLED: () => 'The operator page is not configured on this server (set OPERATOR_SECRET to enable it).',
  OPERATOR_SECRET_WRONG: () => 'That is not the operator secret.',
};

/** What the person is told when the server refuses a stage action; each names what to do next. */
export const STAGE_REFUSAL_TEXT: Record<StageAnswerRefusal, string> = {
  NOT_IN_SESSION: 'That person is no longer in the session.',
  HOSTS_ONLY: 'Only hosts and moderators may do this.',
  SERVER_ONLY: 'Only LTI Rooms itself may do this.',
  TARGET_IS_HOST: 'Hosts and moderators are on stage by their role.',
  OBSERVERS_ONLY_BY_INVITATION: 'Observers join the stage only when a host invites them.',
  STAGE_FULL: 'The stage is full. You can join once a seat frees up.',
  INVITATION_REVOKED: 'The host withdrew the invitation.',
  INVITATION_WITHDRAWN: 'The invitation lapsed: no host or moderator is in the session any more.',
  NO_INVITATION: 'There is no invitation to answer.',
  NO_PENDING_REQUEST: 'That request is no longer pending.',
  ALREADY_ON_STAGE: 'Already on stage.',
  ALREADY_INVITED: 'You have been invited to the stage: answer the invitation instead.',
  NOT_IN_THIS_ACCESS_MODE: 'The stage does not allow that in its current access mode.',
  NO_HOST_PRESENT: 'No host or moderator is in the session to let you on stage.',
  MODERATOR_BY_ROLE: 'This person is a moderator by their course or room role; that role is changed in the LMS or on the room.',
  NOT_A_PANEL_SESSION: 'Only panel rooms have a stage.',
};

/** A code's own words, when no reason says more. */
export const API_CODE_TEXT: Record<ApiErrorCode, Wording> = {
  UNAUTHENTICATED: () => 'Open LTI Rooms from your course to sign in.',
  INVALID_LAUNCH_TOKEN: () => `Your session has expired. ${AGAIN_FROM_COURSE}`,
  SESSION_COOKIE_MISSING: () => `This session belongs to another browser. ${AGAIN_FROM_COURSE}`,
  PLATFORM_INACTIVE: () => 'LTI Rooms has been deactivated for your LMS.',
  VALIDATION_FAILED: () => 'Please correct the fields named below.',
  BAD_REQUEST: () => 'The request could not be read.',
  PAYLOAD_TOO_LARGE: () => 'The request is larger than LTI Rooms accepts.',
  UNSUPPORTED_MEDIA_TYPE: () => "The request body's encoding or character set is not supported.",
  FORBIDDEN: () => 'You may not do this.',
  NOT_FOUND: () => 'Nothing was found at this address.',
  CONFLICT: () => 'This changed in the meantime. Reload and try again.',
  RATE_LIMITED: () => 'Too many requests right now. Please try again in a few seconds.',
  DATABASE_UNAVAILABLE: () => 'The database is not reachable right now. Please try again in a few seconds.',
  UPSTREAM_FAILED: () => 'The LMS did not answer as expected. Try again in a moment.',
  INTERNAL: ({ reference }) => (reference ? `Something went wrong. Reference: ${reference}` : 'Something went wrong. Please try again.'),
};

/** What the page's own socket client reports, and what it says. */
const CLIENT_ACK_TEXT: Record<'NO_ANSWER' | 'UNEXPECTED_RESPONSE' | 'NOT_CONNECTED', string> = {
  NO_ANSWER: 'LTI Rooms did not answer in time. Check your connection and try again.',
  UNEXPECTED_RESPONSE: 'The server sent an answer this page does not understand. Reload the page.',
  NOT_CONNECTED: 'Not connected to LTI Rooms. Check your connection and try again.',
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
  if (code === 'RATE_LIMITED' && retryAfterSeconds !== undefined) return `Too many requests right now. Please try again in ${retryAfterSeconds} seconds.`;
  if (code in API_CODE_TEXT) return API_CODE_TEXT[code as ApiErrorCode](params);
  if (code in STAGE_REFUSAL_TEXT) return STAGE_REFUSAL_TEXT[code as StageAnswerRefusal];
  if (code in CLIENT_ACK_TEXT) return CLIENT_ACK_TEXT[code as keyof typeof CLIENT_ACK_TEXT];
  return 'Something went wrong. Please try again.';
}

/** A refusal as the page shows it: its code, in words. */
export function problemOf(refusal: Refusal): { code: string; message: string } {
  return { code: refusal.code, message: refusalText(refusal) };
}
