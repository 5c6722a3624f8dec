import { isLoginRetryReason, isPlatformStorageTarget } from '../launch/launch-mechanism';

/**
 * The OIDC third-party-initiated login parameters a launch needs (LTI 1.3 Core 4.1) and the
 * longest value the tool keeps of each. A login is stored until its launch arrives, so
 * anything unbounded here is storage an unauthenticated caller could fill.
 */
export const LOGIN_PARAMETER_MAX_LENGTH = {
  /** The accounts.issuer column. */
  iss: 500,
  /** Opaque to the tool; platforms send a user id or a hash. */
  login_hint: 2048,
  target_link_uri: 2048,
  /** Canvas and Blackboard send a signed JWT here, well under 4 KB. */
  lti_message_hint: 4096,
  /** The accounts.client_id column. */
  client_id: 255,
  /** LTI 1.3 Core 3.1.3: a deployment id is at most 255 ASCII characters. */
  lti_deployment_id: 255,
  /** A frame name (LTI Client Side postMessages): kept so a launch started again can name it. */
  lti_storage_target: 64,
  /** The tool's own marker of a login started again (`LOGIN_RETRY_REASONS`). */
  lti_rooms_retry: 32,
} as const;

export type LoginParameterName = keyof typeof LOGIN_PARAMETER_MAX_LENGTH;

export const LOGIN_PARAMETERS = Object.keys(LOGIN_PARAMETER_MAX_LENGTH) as LoginParameterName[];

export interface OversizedLoginParameter {
  name: LoginParameterName;
  maxLength: number;
}

/** The first login parameter longer than the tool keeps, or null when every one fits. */
export function oversizedLoginParameter(params: Record<string, unknown>): OversizedLoginParameter | null {
  for (const name of LOGIN_PARAMETERS) {
    const value = params[name];
    const maxLength = LOGIN_PARAMETER_MAX_LENGTH[name];
    if (typeof value === 'string' && value.length > maxLength) return { name, maxLength };
  }
  return null;
}

/** The tool's own parameters are kept only with a value it understands. */
const KEPT_ONLY_IF: Partial<Record<LoginParameterName, (value: string) => boolean>> = {
  lti_storage_target: isPlatformStorageTarget,
  lti_rooms_retry: isLoginRetryReason,
};

/** Only the login parameters the launch needs, as strings; everything else a caller sent is dropped. */
export function loginParametersToKeep(params: Record<string, unknown>): Partial<Record<LoginParameterName, string>> {
  const kept: Partial<Record<LoginParameterName, string>> = {};
  for (const name of LOGIN_PARAMETERS) {
    const value = params[name];
    if (typeof value === 'string' && (KEPT_ONLY_IF[name]?.(value) ?? true)) kept[name] = value;
  }
  return kept;
}
