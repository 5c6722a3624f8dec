import { decodeJwt } from 'jose';
import { CLAIM, characterLength, TEXT_LIMITS } from '@lti-rooms/domain';

/**
 * The locales an id_token names (launch_presentation.locale, then the locale claim), read
 * WITHOUT verifying it: only to word the page that refuses or continues the launch in the
 * person's language, which picks one of the tool's own languages and trusts nothing else.
 * A token that cannot be decoded names none.
 */
export function unverifiedLaunchLocales(idToken: unknown): string[] {
  if (typeof idToken !== 'string') return [];
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(idToken);
  } catch {
    return [];
  }
  const presentation = payload[CLAIM.launchPresentation];
  const presented = typeof presentation === 'object' && presentation !== null ? (presentation as Record<string, unknown>).locale : undefined;
  return [presented, payload.locale].filter((tag): tag is string => typeof tag === 'string' && characterLength(tag) <= TEXT_LIMITS.locale);
}
