import { redactUrl } from './request-logging';

describe('redactUrl', () => {
  it.each([
    ['/lti/register?openid_configuration=https%3A%2F%2Flms&registration_token=eyJ.x.y', '/lti/register?openid_configuration=https%3A%2F%2Flms&registration_token=[redacted]'],
    ['/lti/launch?id_token=a.b.c&state=s', '/lti/launch?id_token=[redacted]&state=[redacted]'],
    ['https://lms/auth?client_id=c&state=s&nonce=n&login_hint=u', 'https://lms/auth?client_id=c&state=[redacted]&nonce=[redacted]&login_hint=u'],
    ['/channels/1#ltik=eyJ.x.y', '/channels/1#[redacted]'],
    ['/x?ltik=1&Secret=2&access%5Ftoken=3', '/x?ltik=[redacted]&Secret=[redacted]&access%5Ftoken=[redacted]'],
    ['/api/rooms/abc', '/api/rooms/abc'],
    ['/x?token', '/x?token=[redacted]'],
  ])('%s', (url, expected) => expect(redactUrl(url)).toBe(expected));
});
