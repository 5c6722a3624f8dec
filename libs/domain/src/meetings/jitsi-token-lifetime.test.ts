import { JITSI_TOKEN_RENEWAL_INTERVAL_SECONDS, JITSI_TOKEN_TTL_SECONDS } from './jitsi-token-lifetime';

describe('Jitsi token lifetime', () => {
  it('is short: a demoted moderator or a revoked launch keeps a token for at most 15 minutes', () => {
    expect(JITSI_TOKEN_TTL_SECONDS).toBe(15 * 60);
  });

  it('is renewed often enough that two failed renewals still leave a valid token', () => {
    expect(3 * JITSI_TOKEN_RENEWAL_INTERVAL_SECONDS).toBeLessThanOrEqual(JITSI_TOKEN_TTL_SECONDS);
  });
});
