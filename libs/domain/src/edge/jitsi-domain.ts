import type { FieldErrorCode } from '../errors';
import { TEXT_LIMITS } from '../stored-text';

/**
 * A Jitsi deployment's domain: the host name browsers load https://<domain>/external_api.js
 * from and frame the meeting from, so it is also what the Content-Security-Policy allows.
 * https is implied; an optional port serves self-hosted servers off 443. IP addresses and
 * local names are refused: every participant's browser must reach the same server by a name
 * its certificate carries, and the tool must not be pointed at its own network.
 */
export const JITSI_DOMAIN_MAX_LENGTH = TEXT_LIMITS.jitsiDomain;

const HOST_AND_PORT = /^([a-z0-9.-]+)(?::(\d{1,5}))?$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export interface DomainProblem {
  code: FieldErrorCode;
  limit?: number;
}

/** What is wrong with a Jitsi domain an administrator typed, or null when it can be used. */
export function jitsiDomainProblem(domain: string): DomainProblem | null {
  if (domain.length === 0) return { code: 'REQUIRED' };
  if (domain.length > JITSI_DOMAIN_MAX_LENGTH) return { code: 'TOO_BIG', limit: JITSI_DOMAIN_MAX_LENGTH };
  const match = HOST_AND_PORT.exec(domain.toLowerCase());
  if (!match) return { code: 'DOMAIN_NOT_A_HOST_NAME' };
  const [, host, port] = match;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return { code: 'DOMAIN_INCOMPLETE' };
  if (/^\d+$/.test(labels[labels.length - 1])) return { code: 'DOMAIN_IS_IP_ADDRESS' };
  if (labels[labels.length - 1] === 'localhost') return { code: 'DOMAIN_IS_LOCAL' };
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return { code: 'PORT_OUT_OF_RANGE' };
  return null;
}

/** The https origin of a Jitsi domain, as a CSP source and the IFrame API's address. */
export function jitsiOrigin(domain: string): string {
  return `https://${domain.toLowerCase()}`;
}
