import { createSecretKey, type KeyObject } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';

export type JitsiDeployment =
  | { kind: 'none'; domain: string }
  | { kind: 'self-hosted'; domain: string; appId: string; appSecret: string }
  | { kind: 'jaas'; domain: string; appId: string; keyId: string; privateKey: string };

export interface JitsiTokenSubject {
  user: { id: string; name: string; email: string | null; avatar: string | null };
  moderator: boolean;
  room: string;
  features: Record<string, boolean>;
  ttlSeconds: number;
}

/** Mints the JWTs of one deployment; its key is imported once, however many people it signs for. */
export type JitsiSigner = (subject: JitsiTokenSubject, now?: Date) => Promise<string | null>;

/**
 * The JWT a Jitsi deployment checks before letting someone in (prosody token auth for
 * self-hosted, 8x8 JaaS otherwise). Moderator rights come from here, not from the UI.
 * Public meet.jit.si takes no token: null. A class admitted at once is one signer, one key
 * import (an RSA key import costs more than the signature), many signatures.
 */
export function jitsiSigner(deployment: JitsiDeployment): JitsiSigner {
  switch (deployment.kind) {
    case 'none':
      return async () => null;
    case 'self-hosted': {
      const key = createSecretKey(Buffer.from(deployment.appSecret, 'utf8'));
      return async (subject, now = new Date()) =>
        claimsOf(deployment, subject, now).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(deployment.appId).setSubject(deployment.domain).sign(key);
    }
    case 'jaas': {
      let key: Promise<KeyObject | CryptoKey> | null = null;
      return async (subject, now = new Date()) => {
        // Imported on first use: a rejected key fails the mint, as before, not the signer's creation.
        key ??= importPKCS8(deployment.privateKey, 'RS256');
        return claimsOf(deployment, subject, now).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: deployment.keyId }).setIssuer('chat').setSubject(deployment.appId).sign(await key);
      };
    }
  }
}

/** One token, for a one-off (a renewal, a connection test). */
export function mintJitsiToken(deployment: JitsiDeployment, subject: JitsiTokenSubject, now = new Date()): Promise<string | null> {
  return jitsiSigner(deployment)(subject, now);
}

function claimsOf(deployment: JitsiDeployment, subject: JitsiTokenSubject, now: Date): SignJWT {
  const issuedAt = Math.floor(now.getTime() / 1000);
  // JaaS reads its flags as the strings "true" and "false"; prosody's token auth takes booleans.
  const flag = (value: boolean) => (deployment.kind === 'jaas' ? String(value) : value);
  const user = { ...subject.user, moderator: flag(subject.moderator) };
  const features = Object.fromEntries(Object.entries(subject.features).map(([name, on]) => [name, flag(on)]));
  const claims = {
    context: { user: { ...user, affiliation: subject.moderator ? 'owner' : 'member' }, features },
    room: subject.room,
    moderator: subject.moderator,
  };
  return new SignJWT(claims).setIssuedAt(issuedAt).setNotBefore(issuedAt - 10).setExpirationTime(issuedAt + subject.ttlSeconds).setAudience('jitsi');
}
