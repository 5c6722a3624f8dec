import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why the tool would not fetch something; the detail goes to the log, never to the page. */
export class OutboundRefused extends Error {
  override readonly name = 'OutboundRefused';
}

export interface UrlRules {
  /** Refuse http even for an allow-listed host (the Jitsi test: browsers load Jitsi over https only). */
  httpsOnly?: boolean;
  /** Refuse an IP address as the host (a Jitsi domain is a name). */
  hostnamesOnly?: boolean;
}

const defaultPort = (protocol: string) => (protocol === 'https:' ? 443 : 80);

/**
 * The one rule for every server-side fetch of a URL that came from outside (an LMS's
 * configuration and endpoints, its keysets and services, an administrator's Jitsi domain):
 * only public unicast addresses, unless the operator allow-listed the host in
 * LTI_REGISTRATION_ALLOWED_HOSTS (`host` or `host:port`).
 */
export class OutboundPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedHosts: readonly string[] = []) {
    this.allowed = new Set(allowedHosts.map((entry) => entry.toLowerCase()));
  }

  /** `hostname` as a URL spells it (IPv6 in brackets). */
  isAllowListed(hostname: string, port: number): boolean {
    const host = hostname.toLowerCase();
    return this.allowed.has(host) || this.allowed.has(`${host}:${port}`);
  }

  /** Whether `url` may be requested at all; the addresses are checked again when connecting. */
  checkUrl(url: URL, rules: UrlRules = {}): void {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OutboundRefused(`${url.protocol} is not http(s)`);
    if (url.username || url.password) throw new OutboundRefused('the URL carries credentials');
    const bare = url.hostname.replace(/^\[|\]$/g, '');
    if (rules.hostnamesOnly && isIP(bare)) throw new OutboundRefused(`${url.hostname} is an address, not a host name`);
    const allowListed = this.isAllowListed(url.hostname, Number(url.port) || defaultPort(url.protocol));
    if (url.protocol === 'http:' && (rules.httpsOnly || !allowListed)) throw new OutboundRefused(`http to ${url.host} (https is required)`);
    if (!allowListed && isIP(bare)) this.checkAddress(bare);
  }

  /** Refuses loopback, private, link-local, CGNAT, multicast, unique-local and every other special range. */
  checkAddress(address: string): void {
    if (!ipaddr.isValid(address)) throw new OutboundRefused(`${address} is not an IP address`);
    // process() reads an IPv4-mapped IPv6 address (::ffff:127.0.0.1) as the IPv4 address it is.
    const range = ipaddr.process(address).range();
    if (range !== 'unicast') throw new OutboundRefused(`${address} is in the ${range} range`);
  }
}
