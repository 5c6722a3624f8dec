import type { LaunchError } from '@lti-rooms/contracts';
import { LOGIN_PARAMETER_MAX_LENGTH } from '@lti-rooms/domain';
import { formatList, formatNumber, t, type MessageId } from '../i18n';

/** A refused launch, in the page's language. */
export interface LaunchRefusalText {
  title: string;
  detail: string;
  adminHint: string;
  /** What the server added about this launch (a claim's path, an issuer): technical data, shown as it came. */
  serverDetails?: string;
}

type RefusalKey = MessageId extends infer Id ? (Id extends `launch.refusal.${infer Key}.title` ? Key : never) : never;

/**
 * The key of every code a refused login or launch carries (the server's launch errors, and
 * the page's own two). The server still sends English sentences beside the code, for pages
 * without script; the page words the codes it knows itself.
 */
const REFUSAL_KEYS: Record<string, RefusalKey> = {
  LAUNCH_FAILED: 'launchFailed',
  LAUNCH_CHECK_FAILED: 'launchCheckFailed',
  LOGIN_PARAMETER_TOO_LONG: 'loginParameterTooLong',
  RATE_LIMITED: 'rateLimited',
  LOGIN_MISSING_PARAMETERS: 'loginMissingParameters',
  UNKNOWN_PLATFORM: 'unknownPlatform',
  PLATFORM_AMBIGUOUS: 'platformAmbiguous',
  TARGET_LINK_FOREIGN: 'targetLinkForeign',
  PLATFORM_INACTIVE: 'platformInactive',
  DEPLOYMENT_MISSING: 'deploymentMissing',
  DEPLOYMENT_UNKNOWN: 'deploymentUnknown',
  MISSING_ID_TOKEN: 'missingIdToken',
  MALFORMED_ID_TOKEN: 'malformedIdToken',
  MISSING_STATE: 'missingState',
  STATE_COOKIE_MISSING: 'stateCookieMissing',
  STATE_MISMATCH: 'stateMismatch',
  STATE_UNKNOWN: 'stateUnknown',
  LAUNCH_REPLAYED: 'launchReplayed',
  BAD_SIGNATURE: 'badSignature',
  WRONG_ISSUER: 'wrongIssuer',
  WRONG_AUDIENCE: 'wrongAudience',
  TOKEN_EXPIRED: 'tokenExpired',
  TOKEN_TOO_OLD: 'tokenTooOld',
  TOKEN_NOT_YET_VALID: 'tokenNotYetValid',
  PLATFORM_KEYS_UNAVAILABLE: 'platformKeysUnavailable',
  NONCE_MISMATCH: 'nonceMismatch',
  NONCE_REPLAYED: 'nonceReplayed',
  CLAIM_TOO_LONG: 'claimTooLong',
  INVALID_CLAIMS: 'invalidClaims',
  ROOM_NOT_IN_COURSE: 'roomNotInCourse',
  UNSUPPORTED_MESSAGE: 'unsupportedMessage',
};

/** The server appends what it knows of this launch to its sentence in parentheses: "… (iss: Required)". */
const SERVER_DETAILS = /\s\(([^()]+)\)$/;

const loginLimits = () => formatList(Object.entries(LOGIN_PARAMETER_MAX_LENGTH).map(([name, max]) => `${name} ${formatNumber(max)}`));

/**
 * The words for a refused launch. A code this page does not know (a newer server's) keeps
 * the server's own sentences, which are better than none.
 */
export function launchRefusalText(error: LaunchError): LaunchRefusalText {
  const key = Object.hasOwn(REFUSAL_KEYS, error.code) ? REFUSAL_KEYS[error.code] : undefined;
  if (!key) return { title: error.title, detail: error.detail, adminHint: error.adminHint };
  return {
    title: t(`launch.refusal.${key}.title`),
    detail: t(`launch.refusal.${key}.detail`),
    adminHint: t(`launch.refusal.${key}.adminHint`, key === 'loginParameterTooLong' ? { limits: loginLimits() } : undefined),
    serverDetails: SERVER_DETAILS.exec(error.detail)?.[1],
  };
}

/** The general words for a launch that failed, whatever its code (a page reached by a link knows nothing more). */
export function generalLaunchRefusalText(): LaunchRefusalText {
  return launchRefusalText({ status: 400, code: 'LAUNCH_FAILED', title: '', detail: '', adminHint: '' });
}
