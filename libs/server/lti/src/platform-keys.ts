import { createRemoteJWKSet, JWTVerifyGetKey } from 'jose';

/**
 * The platforms' public keysets, fetched once and kept for ten minutes; a token signed
 * with a key we have not seen triggers one refetch (rotation), at most every 30 seconds.
 * ltijs downloads the keyset on every launch, which dominates its launch cost.
 */
export class PlatformKeys {
  private readonly keysets = new Map<string, JWTVerifyGetKey>();

  forKeysetUrl(jwksUri: string): JWTVerifyGetKey {
    let keyset = this.keysets.get(jwksUri);
    if (!keyset) {
      keyset = createRemoteJWKSet(new URL(jwksUri), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000, timeoutDuration: 5_000 });
      this.keysets.set(jwksUri, keyset);
    }
    return keyset;
  }

  forget(jwksUri: string): void {
    this.keysets.delete(jwksUri);
  }
}
