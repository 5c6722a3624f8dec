import {
  LAUNCH_CHECK_HEADER, launchConfirmedSchema, launchConfirmRefusedSchema, loginRestartedSchema, type CheckStep, type LaunchConfirmation, type LaunchError,
} from '@lti-rooms/contracts';
import { genericLaunchError } from '../boot/embedded-launch-error';

export type ConfirmOutcome = { kind: 'landed'; location: string } | { kind: 'refused'; error: LaunchError };

/** The header marks the request as the launch page's own (the server refuses it from anyone else). */
const CHECK_HEADERS = { [LAUNCH_CHECK_HEADER]: '1', accept: 'application/json' };

/** Sends the launch again with its proof; `storage-access` sends the cookies this document may now use. */
export async function confirmLaunch(step: CheckStep, mechanism: LaunchConfirmation['mechanism'], stored?: LaunchConfirmation['stored']): Promise<ConfirmOutcome> {
  const body: LaunchConfirmation = { id_token: step.idToken, state: step.state, mechanism, ...(stored ? { stored } : {}) };
  try {
    const response = await fetch('/lti/launch/confirm', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...CHECK_HEADERS, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json();
    const landed = launchConfirmedSchema.safeParse(json);
    if (response.ok && landed.success) return { kind: 'landed', location: landed.data.location };
    const refused = launchConfirmRefusedSchema.safeParse(json);
    return { kind: 'refused', error: refused.success ? refused.data.launchError : genericLaunchError() };
  } catch {
    return { kind: 'refused', error: genericLaunchError('LAUNCH_CHECK_FAILED') };
  }
}

/** Starts the login again from this document (which may now keep cookies); null when that fails. */
export async function restartLogin(step: CheckStep): Promise<string | null> {
  try {
    const response = await fetch(step.restartUrl, { credentials: 'same-origin', headers: CHECK_HEADERS });
    const parsed = loginRestartedSchema.safeParse(await response.json());
    return response.ok && parsed.success ? parsed.data.redirectUrl : null;
  } catch {
    return null;
  }
}
