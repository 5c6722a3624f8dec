import type { CheckStep, LaunchError } from '@lti-rooms/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { confirmLaunch, restartLogin, type ConfirmOutcome } from './launch-confirmation';
import { readLoginFromPlatformStorage } from './login-in-platform-storage';
import { askForStorageAccess, canAskForStorageAccess, storageAccessWithoutAsking } from './storage-access';

export type CheckPhase = { kind: 'checking' } | { kind: 'ask-storage-access' } | { kind: 'refused'; error: LaunchError };

/**
 * Proves a launch whose login cookie did not come back, in this order: the platform's
 * storage; the tool's cookies after the browser allows them in this frame (Storage Access,
 * which starts the login again once); and, when neither works, the refusal that offers a
 * new window.
 */
export function useLaunchCheck(step: CheckStep): { phase: CheckPhase; allowStorageAccess: () => void } {
  const [phase, setPhase] = useState<CheckPhase>({ kind: 'checking' });
  const started = useRef(false);

  const land = useCallback((outcome: ConfirmOutcome) => {
    if (outcome.kind === 'landed') window.location.replace(outcome.location);
    else setPhase({ kind: 'refused', error: outcome.error });
  }, []);

  /** With cookies allowed in this frame: the login's cookie may be there; if not, the login starts again, once. */
  const continueWithCookies = useCallback(async () => {
    setPhase({ kind: 'checking' });
    const outcome = await confirmLaunch(step, 'storage-access');
    const cookieStillMissing = outcome.kind === 'refused' && outcome.error.code === 'STATE_COOKIE_MISSING';
    if (!cookieStillMissing) return land(outcome);
    const redirectUrl = step.afterStorageAccess ? null : await restartLogin(step);
    if (redirectUrl) window.location.assign(redirectUrl);
    else setPhase({ kind: 'refused', error: step.cookieRefusal });
  }, [step, land]);

  useEffect(() => {
    // Once per page, also under StrictMode's double effects: every confirmation is single-use.
    if (started.current) return;
    started.current = true;
    void (async () => {
      if (step.storageTarget) {
        const stored = await readLoginFromPlatformStorage({ ...step, storageTarget: step.storageTarget });
        if (stored) return land(await confirmLaunch(step, 'platform-storage', stored));
      }
      if (!canAskForStorageAccess()) return setPhase({ kind: 'refused', error: step.cookieRefusal });
      if (await storageAccessWithoutAsking()) return continueWithCookies();
      setPhase({ kind: 'ask-storage-access' });
    })();
  }, [step, land, continueWithCookies]);

  const allowStorageAccess = useCallback(() => {
    void askForStorageAccess().then((granted) => (granted ? continueWithCookies() : setPhase({ kind: 'refused', error: step.cookieRefusal })));
  }, [step, continueWithCookies]);

  return { phase, allowStorageAccess };
}
