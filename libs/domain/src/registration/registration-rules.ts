/**
 * Canvas Cloud signs every institution's launches as one issuer and serves each
 * institution's configuration and endpoints from its own host (and many self-hosted
 * Canvas keep that issuer). Such an issuer names no single LMS: its accounts are told
 * apart by client id alone, and one account's administrator never vouches for another.
 */
export const SHARED_ISSUERS: readonly string[] = [
  'https://canvas.instructure.com',
  'https://canvas.beta.instructure.com',
  'https://canvas.test.instructure.com',
];

/** How long a registration may wait for approval before it is removed, keys and all. */
export const PENDING_REGISTRATION_TTL_DAYS = 7;
/** Registrations waiting for approval: at most this many per issuer, and in all. */
export const MAX_PENDING_REGISTRATIONS_PER_ISSUER = 5;
export const MAX_PENDING_REGISTRATIONS = 50;

export function isSharedIssuer(issuer: string): boolean {
  return SHARED_ISSUERS.includes(issuer.replace(/\/+$/, ''));
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * LTI Dynamic Registration 1.0, 3.5.1 "Issuer and OpenID Configuration URL Match": the
 * issuer must be on the domain the openid_configuration URL was served from, and the tool
 * must not proceed otherwise. We compare the whole origin (scheme, host and port), as the
 * SPEC asks: a neighbour on another port or over plain http is not the LMS. The shared
 * Canvas issuers cannot meet it (their configuration lives on each institution's host)
 * and are accepted from any host; accounts keep them apart by client id.
 */
export function issuerMatchesConfigurationUrl(issuer: string, configurationUrl: string): boolean {
  const issuerOrigin = originOf(issuer);
  if (issuerOrigin === null) return false;
  return isSharedIssuer(issuer) || issuerOrigin === originOf(configurationUrl);
}

export function pendingRegistrationExpiry(pendingSince: Date): Date {
  return new Date(pendingSince.getTime() + PENDING_REGISTRATION_TTL_DAYS * 24 * 3600_000);
}
