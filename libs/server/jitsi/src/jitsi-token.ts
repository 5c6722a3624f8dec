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

/**
 * The JWT a Jitsi deployment checks before letting someone in (prosody token auth for
 * self-hosted, 8x8 JaaS otherwise). Moderator rights come from here, not from the UI.
 * Public meet.jit.si takes no token: null.
 */
export async function mintJitsiToken(deployment: JitsiDeployment, subject: JitsiTokenSubject, now = new Date()): Promise<string | null> {
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
  const jwt = new SignJWT(claims).setIssuedAt(issuedAt).setNotBefore(issuedAt - 10).setExpirationTime(issuedAt + subject.ttlSeconds).setAudience('jitsi');
  switch (deployment.kind) {
    case 'none':
      return null;
    case 'self-hosted':
      return jwt.setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(deployment.appId).setSubject(deployment.domain)
        .sign(new TextEncoder().encode(deployment.appSecret));
    case 'jaas':
      return jwt.setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: deployment.keyId }).setIssuer('chat').setSubject(deployment.appId)
        .sign(await importPKCS8(deployment.privateKey, 'RS256'));
  }
}
