/**
 * How a launch was tied to the browser that started it (the OIDC state's "binding"):
 * - `cookie`: the login's cookie came back with the launch (first-party, or a partitioned
 *   third-party cookie inside the LMS frame);
 * - `platform-storage`: the LMS kept state and nonce for the tool in its own frame
 *   (1EdTech LTI Client Side postMessages and postMessage Storage);
 * - `storage-access`: the user let the tool use its cookies inside the LMS frame
 *   (the Storage Access API);
 * - `new-window`: the launch was started again in a window of its own.
 */
export const LAUNCH_MECHANISMS = ['cookie', 'platform-storage', 'storage-access', 'new-window'] as const;
export type LaunchMechanism = (typeof LAUNCH_MECHANISMS)[number];

/** The mechanisms that hold no cookie afterwards: the page keeps the launch token alone. */
export const PAGE_BOUND_MECHANISMS: readonly LaunchMechanism[] = ['platform-storage', 'storage-access'];

/**
 * The frame a platform names in `lti_storage_target`: `_parent` (Sakai) or a sibling
 * frame's name (Canvas: `post_message_forwarding`). Anything else is not a frame name and
 * is ignored, as if the platform had not offered storage.
 */
export function isPlatformStorageTarget(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value);
}

/** Why a login was started again, kept with the login (`lti_rooms_retry`): it names the launch's mechanism. */
export const LOGIN_RETRY_REASONS = ['storage-access', 'new-window'] as const;
export type LoginRetryReason = (typeof LOGIN_RETRY_REASONS)[number];
export const LOGIN_RETRY_PARAMETER = 'lti_rooms_retry';

export function isLoginRetryReason(value: unknown): value is LoginRetryReason {
  return (LOGIN_RETRY_REASONS as readonly unknown[]).includes(value);
}

/** How many launches each account keeps for its administrators (Administration → Recent launches). */
export const RECENT_LAUNCHES_KEPT = 100;
