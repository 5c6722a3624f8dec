import { isSharedIssuer, issuerMatchesConfigurationUrl, pendingRegistrationExpiry } from './registration-rules';

describe('issuer and OpenID configuration URL match (LTI DR 3.5.1)', () => {
  it.each([
    ['https://moodle.example.edu', 'https://moodle.example.edu/mod/lti/openid-configuration.php', true],
    ['https://MOODLE.example.edu/', 'https://moodle.example.edu/mod/lti/openid-configuration.php', true],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/.well-known/openid-configuration', true],
    ['https://moodle.victim.edu', 'https://attacker.example/openid-configuration', false],
    ['https://moodle.example.edu', 'https://evil.moodle.example.edu.attacker.example/config', false],
    ['https://example.edu', 'https://lms.example.edu/config', false],
    ['https://lms.example.edu/moodle', 'https://lms.example.edu/moodle/mod/lti/openid-configuration.php', true],
    ['https://lms.example.edu', 'https://lms.example.edu:8443/config', false],
    ['https://lms.example.edu', 'http://lms.example.edu/config', false],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4001/.well-known/openid-configuration', false],
    ['not a url', 'https://lms.example.edu/config', false],
    // Canvas Cloud: one issuer, the configuration on the institution's host.
    ['https://canvas.instructure.com', 'https://school.instructure.com/api/lti/security/openid-configuration', true],
    ['https://canvas.beta.instructure.com', 'https://school.beta.instructure.com/api/lti/security/openid-configuration', true],
    ['https://canvas.instructure.com', 'https://canvas.school.edu/api/lti/security/openid-configuration', true],
  ])('%s from %s: %s', (issuer, url, expected) => {
    expect(issuerMatchesConfigurationUrl(issuer, url)).toBe(expected);
  });

  it('knows the shared Canvas issuers, with or without a trailing slash', () => {
    expect(isSharedIssuer('https://canvas.instructure.com/')).toBe(true);
    expect(isSharedIssuer('https://canvas.instructure.com.attacker.example')).toBe(false);
    expect(isSharedIssuer('https://school.instructure.com')).toBe(false);
  });

  it('lets a pending registration wait seven days', () => {
    expect(pendingRegistrationExpiry(new Date('2030-01-01T00:00:00Z')).toISOString()).toBe('2030-01-08T00:00:00.000Z');
  });
});
