/**
 * The tool's side of 1EdTech "LTI Client Side postMessages" and "LTI postMessage Storage"
 * (0.1): messages to the platform's frame, each answered by a `<subject>.response` that
 * carries the same `message_id`. Messages go to the platform's OIDC origin only, never to
 * `*`, and only answers from that origin count.
 */

/** Canvas and Brightspace still answer the names the drafts used. */
const LEGACY_PREFIX = 'org.imsglobal.';

/**
 * How long one message may wait for its answer. A platform answers from a frame already
 * loaded in the same page, in milliseconds; past this, storage counts as absent and the
 * launch goes on with the next way (the spec's examples wait 1 s; a slow phone gets more).
 */
export const LTI_MESSAGE_TIMEOUT_MS = 2_000;

export class LtiMessageFailed extends Error {
  constructor(readonly code: string) {
    super(`LTI postMessage failed: ${code}`);
  }
}

type MessageData = Record<string, unknown>;

const isRecord = (value: unknown): value is MessageData => typeof value === 'object' && value !== null;

function messageId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Sends one message and waits for its answer; rejects on an error answer or the timeout. */
export function sendLtiMessage(target: Window, origin: string, subject: string, fields: MessageData = {}, timeoutMs = LTI_MESSAGE_TIMEOUT_MS): Promise<MessageData> {
  return new Promise((resolve, reject) => {
    const id = messageId();
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.origin !== origin || !isRecord(data) || data.message_id !== id || data.subject !== `${subject}.response`) return;
      done();
      if (isRecord(data.error)) reject(new LtiMessageFailed(String(data.error.code ?? 'error')));
      else resolve(data);
    };
    const timer = setTimeout(() => {
      done();
      reject(new LtiMessageFailed('timeout'));
    }, timeoutMs);
    window.addEventListener('message', onMessage);
    try {
      target.postMessage({ ...fields, subject, message_id: id }, origin);
    } catch {
      done();
      reject(new LtiMessageFailed('unreachable'));
    }
  });
}

/**
 * The frame a platform names: `_parent` is the window that framed (or opened) the tool,
 * any other name a frame inside it (Canvas's `post_message_forwarding`).
 */
export function platformFrame(name: string, self: Window = window): Window | null {
  const host = self.opener ?? (self.parent !== self ? self.parent : null);
  if (!host) return null;
  if (name === '_parent') return host;
  try {
    return (host.frames as unknown as Record<string, Window | undefined>)[name] ?? null;
  } catch {
    return null;
  }
}

/** put_data and get_data, through the frames and message names the platform announced. */
export class PlatformStorage {
  constructor(
    private readonly origin: string,
    private readonly prefix: string,
    private readonly putFrame: Window,
    private readonly getFrame: Window,
  ) {}

  async put(key: string, value: string): Promise<void> {
    await sendLtiMessage(this.putFrame, this.origin, `${this.prefix}lti.put_data`, { key, value });
  }

  async get(key: string): Promise<string | null> {
    const answer = await sendLtiMessage(this.getFrame, this.origin, `${this.prefix}lti.get_data`, { key });
    return typeof answer.value === 'string' ? answer.value : null;
  }
}

/**
 * Asks the platform what it supports (`lti.capabilities`, then the older name) and returns
 * its storage, or null when it offers none, does not answer, or is not there at all.
 */
export async function connectPlatformStorage(storageTarget: string, origin: string): Promise<PlatformStorage | null> {
  const target = platformFrame(storageTarget);
  if (!target) return null;
  for (const prefix of ['', LEGACY_PREFIX]) {
    try {
      const answer = await sendLtiMessage(target, origin, `${prefix}lti.capabilities`);
      const supported = Array.isArray(answer.supported_messages) ? answer.supported_messages.filter(isRecord) : [];
      const frameOf = (subject: string) => {
        const entry = supported.find((message) => message.subject === `${prefix}${subject}`);
        if (!entry) return null;
        return typeof entry.frame === 'string' ? platformFrame(entry.frame) : target;
      };
      const [putFrame, getFrame] = [frameOf('lti.put_data'), frameOf('lti.get_data')];
      if (putFrame && getFrame) return new PlatformStorage(origin, prefix, putFrame, getFrame);
      return null;
    } catch {
      // No answer under this name: try the older one.
    }
  }
  return null;
}
