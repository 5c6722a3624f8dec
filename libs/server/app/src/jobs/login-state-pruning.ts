import type { LoginStateRepository } from '@lti-rooms/server-persistence';
import { LOGIN_STATE_MAX_AGE_MS } from '@lti-rooms/server-lti';
import type { Logger } from '@lti-rooms/server-core';

/** How often each process deletes expired logins and nonces. */
export const LOGIN_STATE_PRUNE_INTERVAL_MS = 60_000;

/**
 * Deletes logins older than a launch may answer (ten minutes) and the nonces of launches
 * that old: an id_token is refused after five minutes anyway, so a replay of a forgotten
 * nonce is refused as too old. Deleting by age is the same on every process.
 */
export function pruneLoginStates(loginStates: LoginStateRepository, clock: () => Date, logger: Logger) {
  return async () => {
    const removed = await loginStates.prune(new Date(clock().getTime() - LOGIN_STATE_MAX_AGE_MS));
    if (removed.loginStates + removed.nonces > 0) logger.debug(removed, 'expired logins and nonces pruned');
  };
}
