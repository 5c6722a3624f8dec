import { randomToken, type Platform } from './platform';
import type { Registration } from './types';

/** Long enough for a tool that does a few database writes, short enough to retry soon. */
const TOOL_REQUEST_TIMEOUT_MS = 15_000;
const MAX_BODY_IN_ERROR = 500;

/** Only the public Registration fields: the stored record has more that callers need not see. */
export function publicRegistration(registration: Registration): Registration {
  return {
    clientId: registration.clientId,
    deploymentId: registration.deploymentId,
    toolJwksUri: registration.toolJwksUri,
    redirectUris: [...registration.redirectUris],
    initiateLoginUri: registration.initiateLoginUri,
    targetLinkUri: registration.targetLinkUri,
    toolName: registration.toolName,
  };
}

/**
 * Starts LTI Dynamic Registration as an LMS administrator would: open the tool's
 * registration URL with our configuration URL and a one-time token. The tool then calls
 * back GET /.well-known/openid-configuration and POST /register while this request waits.
 */
export async function runDynamicRegistration(platform: Platform): Promise<Registration> {
  try {
    const registration = await attempt(platform);
    platform.lastRegistrationError = null;
    return registration;
  } catch (error) {
    platform.lastRegistrationError = (error as Error).message;
    throw error;
  }
}

async function attempt(platform: Platform): Promise<Registration> {
  const token = randomToken();
  platform.registrationTokens.set(token, true);
  const url = new URL(`${platform.toolUrl}/lti/register`);
  url.searchParams.set('openid_configuration', platform.urls.openidConfiguration);
  url.searchParams.set('registration_token', token);

  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TOOL_REQUEST_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    platform.registrationTokens.delete(token);
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new Error(`Dynamic Registration failed: could not reach ${url.origin}${url.pathname} (${cause})`);
  }
  const body = await response.text().catch(() => '');
  if (!response.ok) {
    platform.registrationTokens.delete(token);
    throw new Error(
      `Dynamic Registration failed: the tool answered ${response.status}: ${body.slice(0, MAX_BODY_IN_ERROR)}`,
    );
  }
  const registration = platform.pendingRegistrations.get(token);
  platform.pendingRegistrations.delete(token);
  if (!registration) {
    platform.registrationTokens.delete(token);
    throw new Error(
      `Dynamic Registration failed: the tool answered ${response.status} but never completed POST /register with our token`,
    );
  }
  // Only now is the tool ready for launches: show the launch links from here on.
  await platform.store.setRegistration(registration);
  platform.lastRegistrationError = null;
  platform.logger.info(`Dev LMS: registered tool "${registration.toolName}" as client ${registration.clientId}`);
  return publicRegistration(registration);
}
