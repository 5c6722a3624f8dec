import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Verifies JWTs the tool signs (client assertions, deep linking responses) against the
 * tool's JWKS. Key sets are cached per URL for a short while; a short cooldown lets a tool
 * that rotated its key (or a test that restarted the tool) be seen again quickly.
 */
export class ToolKeyResolver {
  private readonly keySets = new Map<string, RemoteKeySet>();

  async verify(jwt: string, jwksUri: string, options: JWTVerifyOptions): Promise<JWTPayload> {
    const { payload } = await jwtVerify(jwt, this.keySetFor(jwksUri), { ...options, algorithms: ['RS256'] });
    return payload;
  }

  /** Called on (re-)registration: the tool may now serve different keys at the same URL. */
  forget(jwksUri: string): void {
    this.keySets.delete(jwksUri);
  }

  private keySetFor(jwksUri: string): RemoteKeySet {
    let keySet = this.keySets.get(jwksUri);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(jwksUri), {
        cacheMaxAge: 60_000,
        cooldownDuration: 1_000,
        timeoutDuration: 5_000,
      });
      this.keySets.set(jwksUri, keySet);
    }
    return keySet;
  }
}
