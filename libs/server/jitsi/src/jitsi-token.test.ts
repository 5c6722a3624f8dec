import { exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { mintJitsiToken, JitsiTokenSubject } from './jitsi-token';

const now = new Date('2026-05-04T12:00:00Z');
const subject = (moderator: boolean): JitsiTokenSubject => ({
  user: { id: 'u1', name: 'Ada Instructor', email: 'ada@example.edu', avatar: null },
  moderator,
  room: 'rooms-1a2b3c4d-room',
  features: { recording: moderator, livestreaming: false },
  ttlSeconds: 7200,
});

describe('mintJitsiToken', () => {
  it('self-hosted: HS256 with the app secret, as prosody token auth checks it', async () => {
    const secret = 'app-secret-0123456789abcdef0123456789';
    const jwt = await mintJitsiToken({ kind: 'self-hosted', domain: 'meet.example.edu', appId: 'rooms', appSecret: secret }, subject(true), now);
    const { payload, protectedHeader } = await jwtVerify(jwt!, new TextEncoder().encode(secret), { audience: 'jitsi', issuer: 'rooms', subject: 'meet.example.edu', currentDate: now });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({
      room: 'rooms-1a2b3c4d-room',
      moderator: true,
      exp: now.getTime() / 1000 + 7200,
      context: { user: { id: 'u1', name: 'Ada Instructor', moderator: true, affiliation: 'owner' }, features: { recording: true, livestreaming: false } },
    });
  });

  it('JaaS: RS256 with the key id, issuer "chat", the app id as subject, flags as strings', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwt = await mintJitsiToken({ kind: 'jaas', domain: '8x8.vc', appId: 'vpaas-magic-cookie-1', keyId: 'vpaas-magic-cookie-1/abc', privateKey: await exportPKCS8(privateKey) }, subject(false), now);
    const { payload, protectedHeader } = await jwtVerify(jwt!, publicKey, { audience: 'jitsi', issuer: 'chat', subject: 'vpaas-magic-cookie-1', currentDate: now });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: 'vpaas-magic-cookie-1/abc' });
    expect(payload).toMatchObject({ moderator: false, context: { user: { moderator: 'false', affiliation: 'member' }, features: { recording: 'false', livestreaming: 'false' } } });
  });

  it('public meet.jit.si takes no token', async () => {
    expect(await mintJitsiToken({ kind: 'none', domain: 'meet.jit.si' }, subject(true), now)).toBeNull();
  });
});
