import { API_ERROR_CODES } from '@lti-rooms/contracts';
import { DOMAIN_ERROR_CODES } from '@lti-rooms/domain';
import { statusOf } from './api-errors';

describe('the HTTP mapping of error codes', () => {
  it.each(API_ERROR_CODES)('%s has one status', (code) => {
    const status = statusOf(code);
    expect(status >= 400 && status < 600).toBe(true);
    // A refusal of the caller is a 4xx; only the tool's own trouble is a 5xx.
    expect(status >= 500).toBe(['DATABASE_UNAVAILABLE', 'UPSTREAM_FAILED', 'INTERNAL'].includes(code));
  });

  it('every domain refusal is an API code', () => {
    for (const code of DOMAIN_ERROR_CODES) expect(API_ERROR_CODES).toContain(code);
  });
});
