/**
 * How long a Jitsi token is valid (SPEC "Security of the edge": short-lived, renewed).
 * Jitsi checks the token when someone joins and again whenever their connection to the
 * conference is re-established, so what a token grants (moderator rights, the room) must
 * not outlive a demotion, a revocation or a leak by much.
 */
export const JITSI_TOKEN_TTL_SECONDS = 15 * 60;

/**
 * How often an admitted person's page asks for a fresh token while they stay in the
 * session. A third of the lifetime: two renewals may fail (a network blip, a restart)
 * before the page is left with an expired one.
 */
export const JITSI_TOKEN_RENEWAL_INTERVAL_SECONDS = JITSI_TOKEN_TTL_SECONDS / 3;
