import {
  FrameOriginSource, frameOriginOf, invalid, launchFrameOrigins, MAX_ADDED_FRAME_ORIGINS, MAX_LAUNCH_FRAME_ORIGINS, notFound,
} from '@lti-rooms/domain';
import type { AccountRepository, AdminRepository, Database, FrameOriginRepository } from '@lti-rooms/server-persistence';
import type { AdminActor } from '@lti-rooms/server-http';
import type { Logger } from '@lti-rooms/server-core';
import { CspSources } from './csp-sources';

export interface FrameOriginEntry {
  origin: string;
  source: FrameOriginSource;
  addedAt: string | null;
}

/** Who adds an origin by hand: an account's administrator (audited in the account) or the operator's command line. */
export type OriginEditor = AdminActor | 'operator';

/**
 * The origins each LMS frames the tool from (SPEC "Security of the edge"): its login
 * endpoint's, those its launches show, and those an administrator or operator adds.
 */
export class FrameOriginService {
  constructor(private readonly deps: { db: Database; origins: FrameOriginRepository; accounts: AccountRepository; admin: AdminRepository; sources: CspSources; logger: Logger }) {}

  /** After a successful launch: remembers origins the account was not known to frame from. Never fails the launch. */
  async learnFromLaunch(accountId: string, claims: Record<string, unknown>): Promise<void> {
    const { origins, sources, logger } = this.deps;
    try {
      for (const origin of launchFrameOrigins(claims)) {
        if (sources.knows(accountId, origin)) continue;
        const outcome = await origins.add(accountId, origin, 'launch', MAX_LAUNCH_FRAME_ORIGINS);
        if (outcome === 'added') logger.info({ accountId, origin }, 'frame origin learned from a launch');
        if (outcome === 'full') logger.warn({ accountId, origin, max: MAX_LAUNCH_FRAME_ORIGINS }, 'frame origin not learned: the account has learned the most it may');
        // This process's next page has it at once; the others within the cache's lifetime.
        if (outcome === 'added') sources.invalidate();
      }
    } catch (error) {
      logger.error({ err: error, accountId }, 'frame origins of a launch could not be stored');
    }
  }

  async list(accountId: string): Promise<{ origins: FrameOriginEntry[] }> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw notFound('PLATFORM_NOT_FOUND');
    const registered = frameOriginOf(account.authEndpoint);
    const stored = await this.deps.origins.forAccount(accountId);
    const entries: FrameOriginEntry[] = registered ? [{ origin: registered, source: 'registration', addedAt: account.createdAt.toISOString() }] : [];
    for (const row of stored) if (row.origin !== registered) entries.push({ origin: row.origin, source: row.source, addedAt: row.createdAt.toISOString() });
    return { origins: entries };
  }

  /** `origin` is already normalised (frameOriginBodySchema, or the command line through frameOriginOf). */
  async add(editor: OriginEditor, accountId: string, origin: string): Promise<{ origins: FrameOriginEntry[] }> {
    const outcome = await this.deps.db.transaction(async (t) => {
      const added = await this.deps.origins.add(accountId, origin, editor === 'operator' ? 'operator' : 'admin', MAX_ADDED_FRAME_ORIGINS, t);
      if (added === 'added' && editor !== 'operator') {
        await this.deps.admin.audit(accountId, { actorId: editor.userId, actorName: editor.name, action: 'frame-origin.add', target: origin, changes: { origin: { from: null, to: origin } } }, t);
      }
      return added;
    });
    if (outcome === 'full') throw invalid([{ path: 'origin', code: 'TOO_MANY_ORIGINS', params: { limit: MAX_ADDED_FRAME_ORIGINS } }]);
    this.deps.sources.invalidate();
    return this.list(accountId);
  }

  async remove(editor: OriginEditor, accountId: string, origin: string): Promise<{ origins: FrameOriginEntry[] }> {
    const removed = await this.deps.db.transaction(async (t) => {
      const done = await this.deps.origins.remove(accountId, origin, t);
      if (done && editor !== 'operator') {
        await this.deps.admin.audit(accountId, { actorId: editor.userId, actorName: editor.name, action: 'frame-origin.remove', target: origin, changes: { origin: { from: origin, to: null } } }, t);
      }
      return done;
    });
    // The registration's own origin is not stored: it goes with the registration.
    if (!removed) throw notFound('ORIGIN_NOT_FOUND');
    this.deps.sources.invalidate();
    return this.list(accountId);
  }
}
