import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { connectPlatformStorage, LTI_MESSAGE_TIMEOUT_MS, sendLtiMessage } from './lti-post-message';

/**
 * The platform's frame, played by a fake window: it records what the tool posts and answers
 * as the test says, by dispatching a message event on the tool's window with the answer's origin.
 */
function fakePlatformFrame(answer: (data: Record<string, unknown>, targetOrigin: string) => { data: unknown; origin: string }[]) {
  const sent: { data: Record<string, unknown>; targetOrigin: string }[] = [];
  const frame = {
    postMessage: (data: Record<string, unknown>, targetOrigin: string) => {
      sent.push({ data, targetOrigin });
      for (const reply of answer(data, targetOrigin)) {
        setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data: reply.data, origin: reply.origin })), 0);
      }
    },
  } as unknown as Window;
  return { frame, sent };
}

const LMS = 'https://lms.example.edu';

describe('LTI client side postMessages', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('posts to the platform origin only, and takes only the answer from that origin with its message_id', async () => {
    const { frame, sent } = fakePlatformFrame((data) => [
      { data: { subject: 'lti.get_data.response', message_id: data.message_id, value: 'from elsewhere' }, origin: 'https://evil.example' },
      { data: { subject: 'lti.get_data.response', message_id: 'another-message', value: 'not this one' }, origin: LMS },
      { data: { subject: 'lti.put_data.response', message_id: data.message_id, value: 'wrong subject' }, origin: LMS },
      { data: { subject: 'lti.get_data.response', message_id: data.message_id, value: 'the answer' }, origin: LMS },
    ]);
    const answer = await sendLtiMessage(frame, LMS, 'lti.get_data', { key: 'k' });
    expect(answer.value).toBe('the answer');
    expect(sent).toHaveLength(1);
    expect(sent[0].targetOrigin).toBe(LMS);
    expect(sent[0].data).toMatchObject({ subject: 'lti.get_data', key: 'k' });
    expect(typeof sent[0].data.message_id).toBe('string');
  });

  it('an error answer rejects with its code; no answer rejects at the timeout', async () => {
    const failing = fakePlatformFrame((data) => [{ data: { subject: 'lti.put_data.response', message_id: data.message_id, error: { code: 'storage_exhausted' } }, origin: LMS }]);
    await expect(sendLtiMessage(failing.frame, LMS, 'lti.put_data', { key: 'k', value: 'v' })).rejects.toMatchObject({ code: 'storage_exhausted' });
    jest.useFakeTimers();
    const silent = fakePlatformFrame(() => []);
    const pending = sendLtiMessage(silent.frame, LMS, 'lti.capabilities');
    jest.advanceTimersByTime(LTI_MESSAGE_TIMEOUT_MS);
    await expect(pending).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('the platform storage', () => {
  const storageFrame = (names: 'current' | 'legacy') => {
    const values = new Map<string, unknown>();
    const prefix = names === 'legacy' ? 'org.imsglobal.' : '';
    return fakePlatformFrame((data) => {
      const reply = (fields: Record<string, unknown>) => [{ data: { ...fields, subject: `${String(data.subject)}.response`, message_id: data.message_id }, origin: LMS }];
      if (data.subject === `${prefix}lti.capabilities`) return reply({ supported_messages: [{ subject: `${prefix}lti.put_data` }, { subject: `${prefix}lti.get_data` }] });
      if (data.subject === `${prefix}lti.put_data`) return values.set(String(data.key), data.value), reply({});
      if (data.subject === `${prefix}lti.get_data`) return reply({ value: values.get(String(data.key)) ?? null });
      return [];
    });
  };

  it.each(['current', 'legacy'] as const)('keeps and reads values through the %s message names', async (names) => {
    const { frame } = storageFrame(names);
    const parent = { frames: { lti_storage_frame: frame } } as unknown as Window;
    const spy = jest.spyOn(window, 'parent', 'get').mockReturnValue(parent);
    try {
      const storage = await connectPlatformStorage('lti_storage_frame', LMS);
      expect(storage).not.toBeNull();
      await storage!.put('lti_rooms_state_abc', 'abc');
      expect(await storage!.get('lti_rooms_state_abc')).toBe('abc');
      expect(await storage!.get('lti_rooms_state_other')).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('is absent when the tool is not framed', async () => {
    expect(await connectPlatformStorage('_parent', LMS)).toBeNull();
  });
});
