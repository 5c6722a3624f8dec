import { frameOriginOf, jitsiOrigin } from '@lti-rooms/domain';
import type { ActiveEdgeSources } from '@lti-rooms/server-persistence';
import type { Logger } from '@lti-rooms/server-core';
import { jitsiDomainOf } from '@lti-rooms/server-jitsi';

/** What the Content-Security-Policy of every page names besides the tool itself. */
export interface CspSourceList {
  /** Origins that frame the tool, over every active account (a page does not know its account before it runs). */
  frameAncestors: string[];
  /** https origins of the Jitsi deployments of the active accounts (external_api.js and the meeting frame). */
  jitsiOrigins: string[];
  /** Each active account's frame origins, so a launch writes an origin only the first time. */
  byAccount: Map<string, Set<string>>;
}

/** Every process reads the list from the database at most this often; a change made elsewhere shows within it. */
export const CSP_SOURCES_TTL_MS = 5_000;
/** A page waits at most this long for a fresh list; after it the last known list answers (a database outage). */
const REFRESH_WAIT_MS = 1_000;

/** A host source may carry no character that ends a directive or a source list. */
const SAFE_SOURCE = /^https?:\/\/[a-z0-9.-]+(:\d+)?$/;

export function cspSourceListOf(sources: ActiveEdgeSources): CspSourceList {
  const byAccount = new Map<string, Set<string>>();
  const add = (accountId: string, origin: string | null) => {
    if (!origin || !SAFE_SOURCE.test(origin)) return;
    if (!byAccount.has(accountId)) byAccount.set(accountId, new Set());
    byAccount.get(accountId)!.add(origin);
  };
  const jitsi = new Set<string>();
  for (const account of sources.accounts) {
    // The login endpoint's origin, not the issuer: Canvas's issuer frames nothing.
    add(account.accountId, frameOriginOf(account.authEndpoint));
    const origin = jitsiOrigin(jitsiDomainOf(account.jitsi));
    if (SAFE_SOURCE.test(origin)) jitsi.add(origin);
  }
  for (const { accountId, origin } of sources.frameOrigins) add(accountId, frameOriginOf(origin));
  const frameAncestors = new Set([...byAccount.values()].flatMap((origins) => [...origins]));
  return { frameAncestors: [...frameAncestors].sort(), jitsiOrigins: [...jitsi].sort(), byAccount };
}

/**
 * The sources, read from the database (so every process serves the same list) and kept
 * for a few seconds. A stale list is refreshed by the next page, which waits briefly for it.
 */
export class CspSources {
  private list: CspSourceList = { frameAncestors: [], jitsiOrigins: [], byAccount: new Map() };
  private loadedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly load: () => Promise<CspSourceList>,
    private readonly logger: Logger,
    private readonly ttlMs = CSP_SOURCES_TTL_MS,
  ) {}

  async current(): Promise<CspSourceList> {
    if (Date.now() - this.loadedAt < this.ttlMs) return this.list;
    const refresh = this.refresh();
    await Promise.race([refresh, new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS).unref())]);
    return this.list;
  }

  /** Whether the account is already known to frame from `origin` (as of the last read). */
  knows(accountId: string, origin: string): boolean {
    return this.list.byAccount.get(accountId)?.has(origin) ?? false;
  }

  /** The next page reads the list again (this process changed it). */
  invalidate(): void {
    this.loadedAt = Number.NEGATIVE_INFINITY;
  }

  refresh(): Promise<void> {
    this.refreshing ??= this.load()
      .then((list) => {
        this.list = list;
        this.loadedAt = Date.now();
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'the frame origins and Jitsi domains could not be read; the last known ones stay'))
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }
}
