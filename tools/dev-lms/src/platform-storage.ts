import { htmlPage } from './html';

/**
 * The platform side of 1EdTech "LTI Client Side postMessages" and "LTI postMessage Storage"
 * (0.1), as Canvas offers it: a storage frame at the platform's OIDC origin, named in
 * `lti_storage_target`, beside the tool's frame in the course page.
 */
export const STORAGE_FRAME_NAME = 'lti_storage_frame';
export const STORAGE_FRAME_PATH = '/lti/storage-frame';

/** The course page's switch (`?platform_storage=off`) that turns the feature off. */
export const PLATFORM_STORAGE_SWITCH = 'platform_storage';

/**
 * The storage frame: answers `lti.capabilities`, `lti.put_data` and `lti.get_data` (and the
 * older `org.imsglobal.lti.*` names) to the sender's window at the sender's origin. Values
 * are kept per sender origin, for as long as the course page is open.
 */
export function storageFramePage(): string {
  const script = `
(() => {
  const FRAME = ${JSON.stringify(STORAGE_FRAME_NAME)};
  const LEGACY = 'org.imsglobal.';
  const values = new Map();
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.subject !== 'string' || !event.source) return;
    const prefix = data.subject.startsWith(LEGACY) ? LEGACY : '';
    const subject = data.subject.slice(prefix.length);
    const reply = (fields) => event.source.postMessage({ ...fields, subject: data.subject + '.response', message_id: data.message_id }, event.origin);
    const slot = (key) => event.origin + ' ' + key;
    if (subject === 'lti.capabilities') {
      reply({ supported_messages: ['lti.capabilities', 'lti.put_data', 'lti.get_data'].map((name) => ({ subject: prefix + name, frame: FRAME })) });
    } else if (subject === 'lti.put_data') {
      if (typeof data.key !== 'string' || data.key === '') return reply({ error: { code: 'bad_request', message: 'key is required' } });
      if (data.value === undefined || data.value === null) values.delete(slot(data.key));
      else values.set(slot(data.key), data.value);
      reply({ key: data.key, value: data.value });
    } else if (subject === 'lti.get_data') {
      if (typeof data.key !== 'string' || data.key === '') return reply({ error: { code: 'bad_request', message: 'key is required' } });
      reply({ key: data.key, value: values.has(slot(data.key)) ? values.get(slot(data.key)) : null });
    } else {
      reply({ error: { code: 'unsupported_subject', message: 'not supported: ' + data.subject } });
    }
  });
})();`;
  return htmlPage('Platform storage', `<p>Keeps values for the tools in this course page.</p><script>${script}</script>`);
}
