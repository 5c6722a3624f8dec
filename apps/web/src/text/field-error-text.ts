import { fieldErrorOfIssue, fieldIssue } from '@lti-rooms/contracts';
import type { ErrorParams, FieldErrorCode, FieldProblem } from '@lti-rooms/domain';
import type { z } from 'zod';
import { t } from '../i18n/translate';

type Wording = (params: ErrorParams) => string;

/**
 * The words for what is wrong with a field, from the server's 400s and the forms' own
 * checks alike (both report the shared schemas' codes). The field's label says which field.
 * Functions, so each is worded in the page's language when it is shown.
 */
export const FIELD_ERROR_TEXT: Record<FieldErrorCode, Wording> = {
  NAME_REQUIRED: () => t('common.fieldError.nameRequired'),
  NAME_TOO_LONG: ({ limit }) => t('common.fieldError.nameTooLong', { limit }),
  NAME_HAS_CONTROL_CHARACTERS: () => t('common.fieldError.nameHasControlCharacters'),
  TOO_MANY_TAGS: ({ limit }) => t('common.fieldError.tooManyTags', { limit }),
  TAG_TOO_LONG: ({ limit }) => t('common.fieldError.tagTooLong', { limit }),
  TAG_HAS_CONTROL_CHARACTERS: () => t('common.fieldError.tagHasControlCharacters'),
  INVALID_TIME: () => t('common.fieldError.invalidTime'),
  END_NOT_AFTER_START: () => t('common.fieldError.endNotAfterStart'),
  START_IN_PAST: () => t('common.fieldError.startInPast'),
  TIME_FRAME_TOO_LONG: ({ limit }) => t('common.fieldError.timeFrameTooLong', { limit }),
  EARLY_ENTRY_OUT_OF_RANGE: ({ limit }) => t('common.fieldError.earlyEntryOutOfRange', { limit: limit ?? 120 }),
  MODE_REQUIRED: () => t('common.fieldError.modeRequired'),
  MODE_NOT_OFFERED: () => t('common.fieldError.modeNotOffered'),
  TEMPLATE_GONE: () => t('common.fieldError.templateGone'),
  CAP_OUT_OF_RANGE: ({ limit }) => t('common.fieldError.capOutOfRange', { limit }),
  TEMPLATE_NAME_REQUIRED: () => t('common.fieldError.nameRequired'),
  TEMPLATE_ID_DUPLICATE: () => t('common.fieldError.templateIdDuplicate'),
  TEMPLATE_CAP_OUT_OF_RANGE: ({ limit }) => t('common.fieldError.capOutOfRange', { limit }),
  CAMERA_CAP_EXCEEDS_TOTAL: ({ limit }) => t('common.fieldError.cameraCapExceedsTotal', { limit }),
  NO_MODE_ENABLED: () => t('common.fieldError.noModeEnabled'),
  DEFAULT_MODE_NOT_ENABLED: () => t('common.fieldError.defaultModeNotEnabled'),
  SETTING_OUT_OF_RANGE: ({ limit }) => t('common.fieldError.settingOutOfRange', { limit }),
  ROLE_MAPPED_TWICE: () => t('common.fieldError.roleMappedTwice'),
  APP_SECRET_REQUIRED: () => t('common.fieldError.appSecretRequired'),
  PRIVATE_KEY_REQUIRED: () => t('common.fieldError.privateKeyRequired'),
  PRIVATE_KEY_NOT_PEM: () => t('common.fieldError.privateKeyNotPem'),
  TOO_MANY_ORIGINS: ({ limit }) => t('common.fieldError.tooManyOrigins', { limit }),
  ORIGIN_INVALID: () => t('common.fieldError.originInvalid'),
  DOMAIN_NOT_A_HOST_NAME: () => t('common.fieldError.domainNotAHostName'),
  DOMAIN_INCOMPLETE: () => t('common.fieldError.domainIncomplete'),
  DOMAIN_IS_IP_ADDRESS: () => t('common.fieldError.domainIsIpAddress'),
  DOMAIN_IS_LOCAL: () => t('common.fieldError.domainIsLocal'),
  PORT_OUT_OF_RANGE: () => t('common.fieldError.portOutOfRange'),
  UNKNOWN_ROLE: () => t('common.fieldError.unknownRole'),
  NOT_A_COURSE_MEMBER: () => t('common.fieldError.notACourseMember'),
  OWNER_IS_NOT_A_COLLABORATOR: () => t('common.fieldError.ownerIsNotACollaborator'),
  NUL_BYTE: () => t('common.fieldError.nulByte'),
  INVALID_JSON: () => t('common.fieldError.invalidJson'),
  MALFORMED_ESCAPE: () => t('common.fieldError.malformedEscape'),
  REQUIRED: () => t('common.fieldError.required'),
  NOT_A_NUMBER: () => t('common.fieldError.notANumber'),
  INVALID_TYPE: () => t('common.fieldError.invalidType'),
  INVALID_VALUE: () => t('common.fieldError.invalidValue'),
  INVALID_FORMAT: () => t('common.fieldError.invalidFormat'),
  TOO_SMALL: ({ limit }) => t('common.fieldError.tooSmall', { limit }),
  TOO_BIG: ({ limit }) => t('common.fieldError.tooBig', { limit }),
  NOT_WHOLE_NUMBER: () => t('common.fieldError.notWholeNumber'),
  INVALID: () => t('common.fieldError.invalid'),
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
