import { z } from 'zod';
import { AGS_MEDIA_TYPE, SCOPE } from '@lti-rooms/domain';
import type { Account } from '@lti-rooms/server-persistence';
import { OutboundClient, OutboundFailure } from './outbound/outbound-client';
import type { PlatformServices } from './platform-services';

/** How a call to the LMS's grade service ended: a value, or the status (or failure) the delivery policy classifies. */
export type AgsAnswer<T> = { ok: true; value: T } | { ok: false; status: number | 'timeout' | 'network'; stage: 'token' | 'request' };

export interface NewLineItem {
  label: string;
  scoreMaximum: number;
  resourceId: string;
  tag: string;
  resourceLinkId?: string;
}

/** AGS 2.0 score publish body (section 3.4): what the tool sends, nothing else. */
export interface AgsScore {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  comment: string;
  timestamp: string;
  activityProgress: 'Completed';
  gradingProgress: 'FullyGraded';
}

const lineItemSchema = z.object({ id: z.string().url() }).loose();
const MAX_LINE_ITEM_PAGE_BYTES = 512 * 1024;

/**
 * LTI Assignment and Grade Services 2.0 calls: find or create the room's gradebook column
 * and publish scores. Each request carries the scope it needs (lineitem for columns, score
 * for scores), through the outbound filter like every other call to the LMS.
 */
export class AgsClient {
  constructor(
    private readonly services: PlatformServices,
    private readonly outbound: OutboundClient,
  ) {}

  /** The column the tool made for this resource earlier (a retry after a lost answer must not make a second). */
  async findLineItem(account: Account, lineItemsUrl: string, filter: { resourceId: string; tag: string }): Promise<AgsAnswer<string | null>> {
    return this.call(account, SCOPE.agsLineItem, async (authorization) => {
      const url = new URL(lineItemsUrl);
      url.searchParams.set('resource_id', filter.resourceId);
      url.searchParams.set('tag', filter.tag);
      const response = await this.outbound.request(url.href, { json: true, maxBytes: MAX_LINE_ITEM_PAGE_BYTES, headers: { authorization, accept: AGS_MEDIA_TYPE.lineItemContainer } });
      if (response.status < 200 || response.status > 299) return { ok: false, status: response.status, stage: 'request' };
      const items = z.array(lineItemSchema.extend({ resourceId: z.string().optional(), tag: z.string().optional() }).loose()).parse(JSON.parse(response.text));
      // Filters are optional for a platform: check them here too.
      const match = items.find((item) => item.resourceId === filter.resourceId && item.tag === filter.tag);
      return { ok: true, value: match?.id ?? null };
    });
  }

  async createLineItem(account: Account, lineItemsUrl: string, item: NewLineItem): Promise<AgsAnswer<string>> {
    return this.call(account, SCOPE.agsLineItem, async (authorization) => {
      const response = await this.outbound.request(lineItemsUrl, {
        method: 'POST', json: true, body: JSON.stringify(item),
        headers: { authorization, 'content-type': AGS_MEDIA_TYPE.lineItem, accept: AGS_MEDIA_TYPE.lineItem },
      });
      if (response.status < 200 || response.status > 299) return { ok: false, status: response.status, stage: 'request' };
      return { ok: true, value: lineItemSchema.parse(JSON.parse(response.text)).id };
    });
  }

  async postScore(account: Account, lineItemUrl: string, score: AgsScore): Promise<AgsAnswer<null>> {
    return this.call(account, SCOPE.agsScore, async (authorization) => {
      const response = await this.outbound.request(lineItemServiceUrl(lineItemUrl, 'scores'), {
        method: 'POST', body: JSON.stringify(score), headers: { authorization, 'content-type': AGS_MEDIA_TYPE.score },
      });
      return response.status >= 200 && response.status <= 299 ? { ok: true, value: null } : { ok: false, status: response.status, stage: 'request' };
    });
  }

  /** The result the platform holds for one learner (AGS 2.0 section 3.3): what a score post left behind. */
  async resultOf(account: Account, lineItemUrl: string, userId: string): Promise<AgsAnswer<{ resultScore: number | null } | null>> {
    return this.call(account, SCOPE.agsResultReadonly, async (authorization) => {
      const url = new URL(lineItemServiceUrl(lineItemUrl, 'results'));
      url.searchParams.set('user_id', userId);
      const response = await this.outbound.request(url.href, { json: true, headers: { authorization, accept: AGS_MEDIA_TYPE.resultContainer } });
      if (response.status < 200 || response.status > 299) return { ok: false, status: response.status, stage: 'request' };
      const results = z.array(z.object({ userId: z.string(), resultScore: z.number().optional() }).loose()).parse(JSON.parse(response.text));
      const mine = results.find((result) => result.userId === userId);
      return { ok: true, value: mine ? { resultScore: mine.resultScore ?? null } : null };
    });
  }

  private async call<T>(account: Account, scope: string, work: (authorization: string) => Promise<AgsAnswer<T>>): Promise<AgsAnswer<T>> {
    let authorization: string;
    try {
      authorization = await this.services.accessToken(account, scope);
    } catch (error) {
      return { ok: false, status: failureStatus(error), stage: 'token' };
    }
    try {
      return await work(authorization);
    } catch (error) {
      if (error instanceof OutboundFailure || (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return { ok: false, status: failureStatus(error), stage: 'request' };
      // An answer the tool cannot read (not the JSON AGS promises) is the platform's fault, not a reason to give up at once.
      if (error instanceof z.ZodError || error instanceof SyntaxError) return { ok: false, status: 502, stage: 'request' };
      throw error;
    }
  }
}

/** AGS 2.0 sections 3.3 and 3.4: a line item's scores and results are at its URL with /scores or /results appended to the path (the query stays). */
export function lineItemServiceUrl(lineItemUrl: string, service: 'scores' | 'results'): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${service}`;
  return url.href;
}

function failureStatus(error: unknown): number | 'timeout' | 'network' {
  if (error instanceof OutboundFailure) return error.status ?? (error.kind === 'unreachable' ? 'network' : 502);
  if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return 'timeout';
  if (error instanceof z.ZodError) return 502;
  return 'network';
}
