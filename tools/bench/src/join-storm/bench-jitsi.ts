import { jwtVerify } from 'jose';

/**
 * The self-hosted Jitsi deployment both servers sign for. Our tool gets it through the admin
 * API; the baseline child imports it. Every JWT is verified against it as prosody would.
 */
export const BENCH_JITSI = {
  domain: 'meet.bench.test',
  appId: 'bench',
  appSecret: 'join-storm-bench-secret-0123456789abcdef',
} as const;

const secret = new TextEncoder().encode(BENCH_JITSI.appSecret);

/** What a participant's JWT must say: whose it is and which Jitsi room it opens. */
export interface ExpectedToken {
  userName: string;
  room: string;
}

/** Signature, audience, issuer, subject and expiry as prosody checks them; then that it is this participant's, without moderator rights. */
export async function verifyParticipantJwt(jwt: string, expected: ExpectedToken): Promise<void> {
  const { payload } = await jwtVerify(jwt, secret, { audience: 'jitsi', issuer: BENCH_JITSI.appId, subject: BENCH_JITSI.domain, algorithms: ['HS256'] });
  const claims = payload as { moderator?: unknown; room?: unknown; context?: { user?: { name?: unknown; moderator?: unknown } } };
  if (claims.moderator !== false || claims.context?.user?.moderator !== false) throw new Error(`a participant's JWT grants moderator rights: ${JSON.stringify(claims)}`);
  if (claims.room !== expected.room) throw new Error(`a JWT opens room ${String(claims.room)}, not the session's ${expected.room}`);
  if (claims.context?.user?.name !== expected.userName) throw new Error(`${expected.userName} received the JWT of ${String(claims.context?.user?.name)}`);
}
