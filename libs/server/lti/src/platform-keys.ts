import { createLocalJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { OutboundClient, OutboundFailure } from './outbound/outbound-client';

const CACHE_MAX_AGE_MS = 10 * 60_000;
const REFETCH_COOLDOWN_MS = 30_000;

/** The platform's keyset could not be fetched (or was not a keyset); the detail is for the log. */
export class PlatformKeysUnavailable extends Error {
  override readonly name = 'PlatformKeysUnavailable';
}

/**
 * One platform's keyset: fetched through the outbound filter (jose's own remote keyset
 * opens connections we could not check), kept for ten minutes; a token signed with a key
 * we have not seen triggers one refetch (rotation), at most every 30 seconds.
 */
class RemoteKeyset {
  private keys: JWTVerifyGetKey | null = null;
  private fetchedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly outbound: OutboundClient,
  ) {}

  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    if (!this.keys || Date.now() - this.fetchedAt > CACHE_MAX_AGE_MS) await this.reload();
    try {
      return await this.keys!(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JWKSNoMatchingKey) || Date.now() - this.fetchedAt < REFETCH_COOLDOWN_MS) throw error;
      await this.reload();
      return this.keys!(header, token);
    }
  };

  private reload(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const keyset = await this.outbound.json(this.url, { timeoutMs: 5_000 });
        this.keys = createLocalJWKSet(keyset as Parameters<typeof createLocalJWKSet>[0]);
        this.fetchedAt = Date.now();
      } catch (error) {
        if (error instanceof OutboundFailure || error instanceof joseErrors.JWKSInvalid) throw new PlatformKeysUnavailable(`${this.url}: ${error.message}`);
        throw error;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }
}

/** The platforms' public keysets. ltijs downloads the keyset on every launch, which dominates its launch cost. */
export class PlatformKeys {
  private readonly keysets = new Map<string, RemoteKeyset>();

  constructor(private readonly outbound: OutboundClient) {}

  forKeysetUrl(jwksUri: string): JWTVerifyGetKey {
    let keyset = this.keysets.get(jwksUri);
    if (!keyset) {
      keyset = new RemoteKeyset(jwksUri, this.outbound);
      this.keysets.set(jwksUri, keyset);
    }
    return keyset.getKey;
  }

  forget(jwksUri: string): void {
    this.keysets.delete(jwksUri);
  }
}
