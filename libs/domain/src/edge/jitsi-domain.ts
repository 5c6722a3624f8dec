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

export function jitsiDomainProblem(domain: string): string | null {
  if (domain.length === 0) return 'The Jitsi domain is required';
  if (domain.length > JITSI_DOMAIN_MAX_LENGTH) return `The Jitsi domain must be at most ${JITSI_DOMAIN_MAX_LENGTH} characters`;
  const match = HOST_AND_PORT.exec(domain.toLowerCase());
  if (!match) return 'Enter the host name only, such as meet.example.edu (no https://, no path): https is implied';
  const [, host, port] = match;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return 'Enter a full host name such as meet.example.edu';
  if (/^\d+$/.test(labels[labels.length - 1])) return 'Enter a host name, not an IP address: browsers need a name the certificate carries';
  if (labels[labels.length - 1] === 'localhost') return 'A local host name cannot serve the participants’ browsers';
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return 'The port must be between 1 and 65535';
  return null;
}

/** The https origin of a Jitsi domain, as a CSP source and the IFrame API's address. */
export function jitsiOrigin(domain: string): string {
  return `https://${domain.toLowerCase()}`;
}
