import { CLAIM } from '../lti-vocabulary';
import { frameOriginOf, frameOriginProblem, launchFrameOrigins } from './frame-origin';
import { jitsiDomainProblem, jitsiOrigin } from './jitsi-domain';
import { LOGIN_PARAMETER_MAX_LENGTH, loginParametersToKeep, oversizedLoginParameter } from './login-parameters';

describe('login parameters', () => {
  it('keeps only the parameters a launch needs, as strings', () => {
    expect(loginParametersToKeep({ iss: 'https://lms', login_hint: 'u1', junk: 'x'.repeat(60_000), client_id: ['a', 'b'], target_link_uri: 'https://tool/lti/launch' }))
      .toEqual({ iss: 'https://lms', login_hint: 'u1', target_link_uri: 'https://tool/lti/launch' });
  });

  it.each(Object.entries(LOGIN_PARAMETER_MAX_LENGTH))('bounds %s at %i characters', (name, max) => {
    expect(oversizedLoginParameter({ [name]: 'x'.repeat(max) })).toBeNull();
    expect(oversizedLoginParameter({ [name]: 'x'.repeat(max + 1) })).toEqual({ name, maxLength: max });
  });

  it('ignores parameters it does not keep, whatever their size', () => {
    expect(oversizedLoginParameter({ other: 'x'.repeat(100_000) })).toBeNull();
  });
});

describe('frame origins', () => {
  it.each([
    ['https://school.instructure.com/courses/12/external_tools/3', 'https://school.instructure.com'],
    ['HTTPS://Moodle.Example.EDU:443/mod/lti/view.php?id=1', 'https://moodle.example.edu'],
    ['http://127.0.0.1:4000/courses/demo', 'http://127.0.0.1:4000'],
    ['http://localhost:4000', 'http://localhost:4000'],
    ['https://lms.example.edu:8443/', 'https://lms.example.edu:8443'],
    ['https://bücher.example/x', 'https://xn--bcher-kva.example'],
  ])('%s frames as %s', (url, origin) => {
    expect(frameOriginOf(url)).toBe(origin);
  });

  it.each([
    ['javascript:alert(1)'], ['data:text/html,x'], ['ftp://lms.example.edu'], ['https://[::1]:4000/'], ['lms.example.edu'], ['*'],
    ['https://*.example.edu'], [''], [42], [null], [`https://${'a'.repeat(300)}.edu`],
  ])('%s is no frame origin', (url) => {
    expect(frameOriginOf(url)).toBeNull();
  });

  it('learns from a launch its return URL, platform URL and Deep Linking return URL, never its issuer', () => {
    expect(launchFrameOrigins({
      iss: 'https://canvas.instructure.com',
      [CLAIM.launchPresentation]: { return_url: 'https://school.instructure.com/courses/1/external_content/success/external_tool_redirect' },
      [CLAIM.toolPlatform]: { guid: 'x', url: 'https://school.instructure.com/' },
      [CLAIM.deepLinkingSettings]: { deep_link_return_url: 'https://school-vanity.edu/courses/1/deep_linking_response' },
    })).toEqual(['https://school.instructure.com', 'https://school-vanity.edu']);
    expect(launchFrameOrigins({ iss: 'https://lms', [CLAIM.launchPresentation]: { return_url: 'javascript:alert(1)' }, [CLAIM.toolPlatform]: 'odd' })).toEqual([]);
  });

  it('explains what an administrator must type', () => {
    expect(frameOriginProblem('https://lms.example.edu')).toBeNull();
    expect(frameOriginProblem('lms.example.edu')).toBe('ORIGIN_INVALID');
  });
});

describe('Jitsi domain', () => {
  it.each(['meet.example.edu', 'Meet.Example.EDU', 'jitsi.school-district.k12.us', 'meet.example.edu:8443', 'xn--bcher-kva.example'])('%s is a usable domain', (domain) => {
    expect(jitsiDomainProblem(domain)).toBeNull();
  });

  it.each([
    ['', { code: 'REQUIRED' }],
    ['https://meet.example.edu', { code: 'DOMAIN_NOT_A_HOST_NAME' }],
    ['meet.example.edu/room', { code: 'DOMAIN_NOT_A_HOST_NAME' }],
    ['meet.example.edu:0', { code: 'PORT_OUT_OF_RANGE' }],
    ['meet.example.edu:70000', { code: 'PORT_OUT_OF_RANGE' }],
    ['meet', { code: 'DOMAIN_INCOMPLETE' }],
    ['localhost', { code: 'DOMAIN_INCOMPLETE' }],
    ['meet.localhost', { code: 'DOMAIN_IS_LOCAL' }],
    ['127.0.0.1', { code: 'DOMAIN_IS_IP_ADDRESS' }],
    ['10.0.0.8:8443', { code: 'DOMAIN_IS_IP_ADDRESS' }],
    ['192.168.1.20', { code: 'DOMAIN_IS_IP_ADDRESS' }],
    ['[::1]', { code: 'DOMAIN_NOT_A_HOST_NAME' }],
    ['-meet.example.edu', { code: 'DOMAIN_INCOMPLETE' }],
    ['meet..example.edu', { code: 'DOMAIN_INCOMPLETE' }],
    ['meet example.edu', { code: 'DOMAIN_NOT_A_HOST_NAME' }],
    [`${'a'.repeat(250)}.example.edu`, { code: 'TOO_BIG', limit: 255 }],
  ])('%s is refused', (domain, problem) => {
    expect(jitsiDomainProblem(domain)).toEqual(problem);
  });

  it('is loaded over https', () => {
    expect(jitsiOrigin('Meet.Example.edu:8443')).toBe('https://meet.example.edu:8443');
  });
});
