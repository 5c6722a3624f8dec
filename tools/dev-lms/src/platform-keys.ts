import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';

const ALGORITHM = 'RS256';

export interface JsonWebKeySet {
  keys: JWK[];
}

export interface SignOptions {
  /** Sign with a key that is not in the JWKS, to prove the tool checks signatures. */
  rogueKey?: boolean;
  /** Put a different kid in the header, to prove the tool does not trust an unknown kid. */
  kid?: string;
}

export interface PlatformKeys {
  kid: string;
  /** Private key as JWK, so it can be persisted and a restart keeps the same JWKS. */
  privateJwk: JWK;
  publicJwks(): JsonWebKeySet;
  sign(claims: Record<string, unknown>, options?: SignOptions): Promise<string>;
}

/** A new RSA 2048 private key as JWK, with its thumbprint as kid (stable and unique per key). */
export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { modulusLength: 2048, extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicPart(privateJwk));
  return { ...privateJwk, kid, alg: ALGORITHM, use: 'sig' };
}

export async function loadPlatformKeys(privateJwk: JWK): Promise<PlatformKeys> {
  if (!privateJwk.kid) throw new Error('The stored platform key has no kid');
  const kid = privateJwk.kid;
  const signingKey = (await importJWK(privateJwk, ALGORITHM)) as KeyLike;
  const publicJwk: JWK = { ...publicPart(privateJwk), kid, alg: ALGORITHM, use: 'sig' };
  let rogueKey: KeyLike | undefined;

  return {
    kid,
    privateJwk,
    publicJwks: () => ({ keys: [{ ...publicJwk }] }),
    async sign(claims, options = {}) {
      let key = signingKey;
      if (options.rogueKey) {
        // Created on demand: most runs never need it and RSA generation takes a moment.
        rogueKey ??= (await generateKeyPair(ALGORITHM, { modulusLength: 2048 })).privateKey;
        key = rogueKey;
      }
      return new SignJWT(claims)
        .setProtectedHeader({ alg: ALGORITHM, kid: options.kid ?? kid, typ: 'JWT' })
        .sign(key);
    },
  };
}

function publicPart(jwk: JWK): JWK {
  return { kty: jwk.kty, n: jwk.n, e: jwk.e };
}
