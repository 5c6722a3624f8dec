import { OutboundPolicy, OutboundRefused } from './outbound-policy';

const policy = new OutboundPolicy(['lms.intranet.edu', '10.0.0.5:8443', '[fd00::5]:4000']);
const refuses = (check: () => void) => expect(check).toThrow(OutboundRefused);

describe('the outbound address filter', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['::1', 'loopback'],
    ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'], ['fe80::1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'], ['100.127.255.254', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'], ['ff02::1', 'multicast'],
    ['fc00::1', 'uniqueLocal'], ['fd12:3456::1', 'uniqueLocal'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'], ['255.255.255.255', 'broadcast'], ['240.0.0.1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:10.0.0.1', 'private'], ['::ffff:169.254.169.254', 'linkLocal'],
  ])('refuses %s (%s)', (address, range) => {
    refuses(() => policy.checkAddress(address));
    expect(() => policy.checkAddress(address)).toThrow(`in the ${range} range`);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(() => policy.checkAddress(address)).not.toThrow();
  });

  it('allows an operator host on any port, or on the one port named', () => {
    expect(policy.isAllowListed('lms.intranet.edu', 80)).toBe(true);
    expect(policy.isAllowListed('LMS.intranet.edu', 8080)).toBe(true);
    expect(policy.isAllowListed('10.0.0.5', 8443)).toBe(true);
    expect(policy.isAllowListed('10.0.0.5', 443)).toBe(false);
    expect(policy.isAllowListed('[fd00::5]', 4000)).toBe(true);
    expect(policy.isAllowListed('other.intranet.edu', 443)).toBe(false);
  });

  it('requires https unless the host is allow-listed, and refuses credentials and other schemes', () => {
    expect(() => policy.checkUrl(new URL('https://lms.example.edu/config'))).not.toThrow();
    expect(() => policy.checkUrl(new URL('http://lms.intranet.edu/config'))).not.toThrow();
    expect(() => policy.checkUrl(new URL('https://10.0.0.5:8443/config'))).not.toThrow();
    refuses(() => policy.checkUrl(new URL('http://lms.example.edu/config')));
    refuses(() => policy.checkUrl(new URL('https://10.0.0.5/config')));
    refuses(() => policy.checkUrl(new URL('https://user:pass@lms.example.edu/')));
    refuses(() => policy.checkUrl(new URL('ftp://lms.example.edu/')));
    refuses(() => policy.checkUrl(new URL('file:///etc/passwd')));
  });

  it('holds a Jitsi domain to https and host names, allow-listed or not', () => {
    expect(() => policy.checkUrl(new URL('https://meet.example.edu/external_api.js'), { httpsOnly: true, hostnamesOnly: true })).not.toThrow();
    refuses(() => policy.checkUrl(new URL('http://lms.intranet.edu/external_api.js'), { httpsOnly: true, hostnamesOnly: true }));
    refuses(() => policy.checkUrl(new URL('https://8.8.8.8/external_api.js'), { httpsOnly: true, hostnamesOnly: true }));
    refuses(() => policy.checkUrl(new URL('https://[2606:4700:4700::1111]/external_api.js'), { httpsOnly: true, hostnamesOnly: true }));
  });
});
