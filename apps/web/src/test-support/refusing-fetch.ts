import { LAUNCH_TOKEN_STORAGE_KEY } from '../boot/launch-token';

/**
 * For component tests, whose jsdom has no fetch: a launched page (a token in the tab) whose
 * every request is recorded and refused, so a test sees exactly what the page tried to send.
 */
export function refusingFetch(): { sent: string[]; restore: () => void } {
  const sent: string[] = [];
  window.sessionStorage.setItem(LAUNCH_TOKEN_STORAGE_KEY, 'a-launch-token');
  Object.assign(globalThis, {
    fetch: async (path: string) => {
      sent.push(path);
      throw new Error('no request may be sent');
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
