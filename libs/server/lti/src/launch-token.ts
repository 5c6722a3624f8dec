import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/**
 * The launch token ("ltik") a browser tab holds after a launch. It names the launch row and
 * expires. A cookie-bound token is also bound to the browser's session cookie (a stolen
 * token alone is useless); a page-bound one is all the page has, where the browser keeps no
 * cookie of the tool inside the LMS frame (platform storage, storage access).
 */
export type LaunchTokenClaims = {
  accountId: string;
  userId: string;
  launchId: string;
} & ({ binding: 'cookie'; sessionHash: string } | { binding: 'page' });

export const hashSession = (sessionId: string): string => createHash('sha256').update(sessionId).digest('base64url');

export class LaunchTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    /** The tool's clock: expiry is judged by it, also for connections that stay open. */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.key = createHash('sha256').update(`launch-token:${secret}`).digest();
  }

  async issue(claims: LaunchTokenClaims): Promise<string> {
    const issuedAt = Math.floor(this.clock().getTime() / 1000);
    const binding = claims.binding === 'cookie' ? { sid: claims.sessionHash } : { bnd: 'page' };
    return new SignJWT({ acc: claims.accountId, lid: claims.launchId, ...binding })
      .setProtectedHeader({ alg: 'HS256', typ: 'ltik' })
      .setSubject(claims.userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
  }

  /** Null when the token is forged, expired or malformed. */
  async verify(token: string): Promise<LaunchTokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], typ: 'ltik', currentDate: this.clock() });
      if (typeof payload.acc !== 'string' || typeof payload.lid !== 'string' || !payload.sub) return null;
      const named = { accountId: payload.acc, launchId: payload.lid, userId: payload.sub };
      if (typeof payload.sid === 'string') return { ...named, binding: 'cookie', sessionHash: payload.sid };
      return payload.bnd === 'page' ? { ...named, binding: 'page' } : null;
    } catch {
      return null;
    }
  }
}
