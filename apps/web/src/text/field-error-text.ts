import { fieldErrorOfIssue, fieldIssue } from '@lti-rooms/contracts';
import type { ErrorParams, FieldErrorCode, FieldProblem } from '@lti-rooms/domain';
import type { z } from 'zod';

type Wording = (params: ErrorParams) => string;

/**
 * The words for what is wrong with a field, from the server's 400s and the forms' own
 * checks alike (both report the shared schemas' codes). The field's label says which field.
 */
export const FIELD_ERROR_TEXT: Record<FieldErrorCode, Wording> = {
  NAME_REQUIRED: () => 'Name is required',
  NAME_TOO_LONG: ({ limit }) => `Name must be at most ${limit} characters`,
  NAME_HAS_CONTROL_CHARACTERS: () => 'Name must not contain control characters',
  TOO_MANY_TAGS: ({ limit }) => `At most ${limit} tags`,
  TAG_TOO_LONG: ({ limit }) => `Tags must be at most ${limit} characters`,
  TAG_HAS_CONTROL_CHARACTERS: () => 'Tags must not contain control characters',
  INVALID_TIME: () => 'Enter a valid date and time',
  END_NOT_AFTER_START: () => 'End must be after start',
  START_IN_PAST: () => 'Start must not be in the past',
  TIME_FRAME_TOO_LONG: ({ limit }) => `A time frame can last at most ${limit} hours`,
  EARLY_ENTRY_OUT_OF_RANGE: ({ limit }) => `Early entry must be whole minutes from 0 to ${limit ?? 120}`,
  MODE_REQUIRED: () => 'Choose a room mode',
  MODE_NOT_OFFERED: () => 'This room mode is not offered by your institution',
  TEMPLATE_GONE: () => 'This template no longer exists',
  CAP_OUT_OF_RANGE: ({ limit }) => `Must be between 1 and ${limit} (your licence)`,
  TEMPLATE_NAME_REQUIRED: () => 'Name is required',
  TEMPLATE_ID_DUPLICATE: () => 'Duplicate template',
  TEMPLATE_CAP_OUT_OF_RANGE: ({ limit }) => `Must be between 1 and ${limit} (your licence)`,
  CAMERA_CAP_EXCEEDS_TOTAL: ({ limit }) => `Must not exceed the total (${limit})`,
  NO_MODE_ENABLED: () => 'Enable at least one room mode',
  DEFAULT_MODE_NOT_ENABLED: () => 'The default mode must be one of the enabled modes',
  SETTING_OUT_OF_RANGE: ({ limit }) => `Out of range (limit ${limit})`,
  ROLE_MAPPED_TWICE: () => 'This role is mapped twice',
  APP_SECRET_REQUIRED: () => 'The app secret is required',
  PRIVATE_KEY_REQUIRED: () => 'The private key is required',
  PRIVATE_KEY_NOT_PEM: () => 'Paste the RS256 private key in PEM form',
  TOO_MANY_ORIGINS: ({ limit }) => `At most ${limit} origins can be added; remove one first`,
  ORIGIN_INVALID: () => 'Enter an origin such as https://lms.example.edu (https:// or http://, a host name, an optional port)',
  DOMAIN_NOT_A_HOST_NAME: () => 'Enter the host name only, such as meet.example.edu (no https://, no path): https is implied',
  DOMAIN_INCOMPLETE: () => 'Enter a full host name such as meet.example.edu',
  DOMAIN_IS_IP_ADDRESS: () => 'Enter a host name, not an IP address: browsers need a name the certificate carries',
  DOMAIN_IS_LOCAL: () => 'A local host name cannot serve the participants’ browsers',
  PORT_OUT_OF_RANGE: () => 'The port must be between 1 and 65535',
  UNKNOWN_ROLE: () => 'Unknown collaborator role',
  NOT_A_COURSE_MEMBER: () => 'Pick a member of this course',
  OWNER_IS_NOT_A_COLLABORATOR: () => 'The owner already has every right on the room',
  NUL_BYTE: () => 'Must not contain a NUL byte (\\0)',
  INVALID_JSON: () => 'Is not valid JSON',
  MALFORMED_ESCAPE: () => 'Contains a malformed %-escape',
  REQUIRED: () => 'Required',
  NOT_A_NUMBER: () => 'Enter a number',
  INVALID_TYPE: () => 'Enter a value of the right kind',
  INVALID_VALUE: () => 'Choose one of the values offered',
  INVALID_FORMAT: () => 'Not in the expected format',
  TOO_SMALL: ({ limit }) => `Must be at least ${limit}`,
  TOO_BIG: ({ limit }) => `Must be at most ${limit}`,
  NOT_WHOLE_NUMBER: () => 'Must be a whole number',
  INVALID: () => 'Not valid',
};

export function fieldErrorText({ code, params = {} }: { code: FieldErrorCode; params?: ErrorParams }): string {
  return FIELD_ERROR_TEXT[code](params);
}

/**
 * The forms' error map (zod's per-parse `error` option): a schema issue worded by its code,
 * so a form shows exactly what the server would answer.
 */
export function issueText(issue: z.core.$ZodRawIssue): string {
  return fieldErrorText(fieldErrorOfIssue(issue as z.core.$ZodIssue));
}

/** The parse options every form passes its resolver (and tests their schemas with): issues in the page's words. */
export const WORDED_ISSUES = { error: issueText };

/** The domain's problems as a form schema's issues, at their fields' paths. */
export function addProblemIssues(ctx: z.RefinementCtx, problems: readonly FieldProblem[]): void {
  for (const { code, field, limit } of problems) {
    ctx.addIssue({ ...fieldIssue({ code, params: limit === undefined ? undefined : { limit } }), path: field.split('.') });
  }
}
