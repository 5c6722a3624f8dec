import type { Ack, JitsiTokenBody } from '@lti-rooms/contracts';
import { JITSI_TOKEN_RENEWAL_INTERVAL_SECONDS } from '@lti-rooms/domain';

/**
 * Refusals after which asking again is pointless: the person is no longer in the session
 * (left, swept out, session over) or their launch no longer holds. Anything else (no
 * answer, the database briefly away) is asked again at the next interval.
 */
const FINAL_REFUSALS: ReadonlySet<string> = new Set([
  'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'PLATFORM_INACTIVE', 'INVALID_LAUNCH_TOKEN', 'UNAUTHENTICATED', 'SESSION_COOKIE_MISSING',
]);

/**
 * Browser tests shorten the interval here (sessionStorage, set before the page loads) so a
 * renewal can be watched without waiting minutes. It can only make renewals more frequent,
 * never rarer, and not more than once a second.
 */
export const RENEWAL_INTERVAL_OVERRIDE_KEY = 'lti-rooms.jitsi-token-renewal-ms';
const DEFAULT_INTERVAL_MS = JITSI_TOKEN_RENEWAL_INTERVAL_SECONDS * 1000;
const SHORTEST_INTERVAL_MS = 1000;

export function renewalIntervalMs(storage: Pick<Storage, 'getItem'> | null = safeSessionStorage()): number {
  const asked = Number(storage?.getItem(RENEWAL_INTERVAL_OVERRIDE_KEY) ?? NaN);
  if (!Number.isFinite(asked)) return DEFAULT_INTERVAL_MS;
  return Math.min(DEFAULT_INTERVAL_MS, Math.max(SHORTEST_INTERVAL_MS, asked));
}

export interface TokenRenewalOptions {
  intervalMs: number;
  /** Asks the server for a fresh token (session:token); never rejects. */
  renew: () => Promise<Ack<JitsiTokenBody>>;
  onToken: (token: JitsiTokenBody) => void;
}

/**
 * Asks for a fresh Jitsi token every `intervalMs` while the person is admitted (Jitsi checks
 * the token again when it reconnects, and tokens live 15 minutes). One request at a time;
 * stops for good on a final refusal. Returns the stop function: answers after it are dropped,
 * so a token minted for an earlier seat or role never comes back.
 */
export function startTokenRenewal({ intervalMs, renew, onToken }: TokenRenewalOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    if (!stopped) timer = setTimeout(ask, intervalMs);
  };
  const ask = () => {
    void renew().then((ack) => {
      if (stopped) return;
      if (ack.ok) onToken(ack.data);
      else if (FINAL_REFUSALS.has(ack.error.code)) return;
      next();
    });
  };
  next();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

function safeSessionStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Blocked third-party storage inside the LMS frame.
    return null;
  }
}
