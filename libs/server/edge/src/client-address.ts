import ipaddr from 'ipaddr.js';

/**
 * The key a client address is counted under: an IPv4 address as it is (IPv4-mapped IPv6
 * included), an IPv6 address by its /64, since one subscriber usually holds a whole /64.
 */
export function addressKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).toNormalizedString().split(':').slice(0, 4);
  return `${parts.join(':')}::/64`;
}

/**
 * The client address of a request Express did not parse (the Socket.IO handshake), read
 * the way Express reads it with `trust proxy` true: the first X-Forwarded-For entry.
 */
export function handshakeAddress(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string | undefined {
  if (!trustProxy) return remoteAddress;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const first = header?.split(',')[0]?.trim();
  return first || remoteAddress;
}
