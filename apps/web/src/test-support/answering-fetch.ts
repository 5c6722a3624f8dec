import { LAUNCH_TOKEN_STORAGE_KEY } from '../boot/launch-token';

export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * For component tests, whose jsdom has no fetch: a launched page whose requests are recorded
 * and answered by `answer` (status 200 and its JSON), so a test sees what was sent and the
 * page gets what a server would say.
 */
export function answeringFetch(answer: (request: SentRequest) => unknown): { sent: SentRequest[]; restore: () => void } {
  const sent: SentRequest[] = [];
  window.sessionStorage.setItem(LAUNCH_TOKEN_STORAGE_KEY, 'a-launch-token');
  Object.assign(globalThis, {
    fetch: async (path: string, init: { method?: string; body?: string } = {}) => {
      const request = { method: init.method ?? 'GET', path, body: init.body === undefined ? undefined : JSON.parse(init.body) };
      sent.push(request);
      const body = answer(request);
      return { ok: true, status: 200, headers: { get: () => null }, json: async () => body };
    },
  });
  return {
    sent,
    restore: () => {
      Reflect.deleteProperty(globalThis, 'fetch');
      window.sessionStorage.removeItem(LAUNCH_TOKEN_STORAGE_KEY);
    },
  };
}
