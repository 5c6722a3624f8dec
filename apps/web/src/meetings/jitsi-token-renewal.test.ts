import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Ack, AckErrorCode, JitsiTokenBody } from '@lti-rooms/contracts';
import { renewalIntervalMs, RENEWAL_INTERVAL_OVERRIDE_KEY, startTokenRenewal } from './jitsi-token-renewal';

const MINUTE = 60_000;
const token = (jwt: string): JitsiTokenBody => ({ sessionId: 's1', participantId: 'p1', jwt, expiresAt: '2026-11-27T10:15:00Z' });
const ok = (jwt: string): Ack<JitsiTokenBody> => ({ ok: true, data: token(jwt) });
const refused = (code: AckErrorCode): Ack<JitsiTokenBody> => ({ ok: false, error: { code } });

/** A server that answers each renewal with the next of `answers` (the last one forever). */
function server(answers: Array<Ack<JitsiTokenBody>>) {
  let asked = 0;
  const renew = jest.fn(async () => answers[Math.min(asked++, answers.length - 1)]);
  return renew;
}

/** Lets timers fire and the answers' promises settle. */
async function pass(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('startTokenRenewal', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('asks every interval and hands over each fresh token', async () => {
    const renew = server([ok('jwt-2'), ok('jwt-3')]);
    const onToken = jest.fn();
    startTokenRenewal({ intervalMs: 5 * MINUTE, renew, onToken });
    await pass(5 * MINUTE - 1);
    expect(renew).not.toHaveBeenCalled();
    await pass(1);
    expect(onToken).toHaveBeenLastCalledWith(token('jwt-2'));
    await pass(5 * MINUTE);
    expect(onToken).toHaveBeenLastCalledWith(token('jwt-3'));
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('keeps asking after a request that got no answer or hit a passing outage', async () => {
    const renew = server([refused('NO_ANSWER'), refused('DATABASE_UNAVAILABLE'), ok('jwt-2')]);
    const onToken = jest.fn();
    startTokenRenewal({ intervalMs: MINUTE, renew, onToken });
    await pass(3 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(3);
    expect(onToken).toHaveBeenCalledTimes(1);
    expect(onToken).toHaveBeenCalledWith(token('jwt-2'));
  });

  it.each(['CONFLICT', 'NOT_FOUND', 'PLATFORM_INACTIVE', 'INVALID_LAUNCH_TOKEN'] as const)('stops for good when the server says %s (left, ended, revoked)', async (code) => {
    const renew = server([ok('jwt-2'), refused(code), ok('never')]);
    const onToken = jest.fn();
    startTokenRenewal({ intervalMs: MINUTE, renew, onToken });
    await pass(10 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(2);
    expect(onToken).toHaveBeenCalledTimes(1);
  });

  it('drops an answer that arrives after it was stopped (the seat or role changed meanwhile)', async () => {
    let answer: (ack: Ack<JitsiTokenBody>) => void = () => undefined;
    const renew = jest.fn(() => new Promise<Ack<JitsiTokenBody>>((resolve) => { answer = resolve; }));
    const onToken = jest.fn();
    const stop = startTokenRenewal({ intervalMs: MINUTE, renew, onToken });
    await pass(MINUTE);
    expect(renew).toHaveBeenCalledTimes(1);
    stop();
    answer(ok('minted-for-a-moderator'));
    await pass(10 * MINUTE);
    expect(onToken).not.toHaveBeenCalled();
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('asks one at a time: a slow answer delays the next request', async () => {
    let answer: (ack: Ack<JitsiTokenBody>) => void = () => undefined;
    const renew = jest.fn(() => new Promise<Ack<JitsiTokenBody>>((resolve) => { answer = resolve; }));
    startTokenRenewal({ intervalMs: MINUTE, renew, onToken: () => undefined });
    await pass(5 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(1);
    answer(ok('late'));
    await pass(MINUTE);
    expect(renew).toHaveBeenCalledTimes(2);
  });
});

describe('renewalIntervalMs', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === RENEWAL_INTERVAL_OVERRIDE_KEY ? value : null) });

  it('is five minutes, a third of a token\'s life, unless a test asks for less', () => {
    expect(renewalIntervalMs(null)).toBe(5 * MINUTE);
    expect(renewalIntervalMs(storage(null))).toBe(5 * MINUTE);
    expect(renewalIntervalMs(storage('2000'))).toBe(2000);
  });

  it('cannot be made rarer than the default or more often than once a second', () => {
    expect(renewalIntervalMs(storage(String(60 * MINUTE)))).toBe(5 * MINUTE);
    expect(renewalIntervalMs(storage('1'))).toBe(1000);
    expect(renewalIntervalMs(storage('soon'))).toBe(5 * MINUTE);
  });
});
