import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { GradebookLineItem, LineItemFields } from '../ags-gradebook';
import { courseFor } from '../demo-course';
import { findLaunchUser } from '../demo-users';
import { AGS_MEDIA_TYPE, SCOPE } from '../lti-vocabulary';
import type { Platform } from '../platform';

const MAX_PAGE_SIZE = 100;
const isoWithOffset = z.iso.datetime({ offset: true });
const lineItemBody = z.object({
  label: z.string().trim().min(1).max(500),
  scoreMaximum: z.number().positive(),
  resourceId: z.string().max(500).optional(),
  resourceLinkId: z.string().max(500).optional(),
  tag: z.string().max(500).optional(),
  startDateTime: isoWithOffset.optional(),
  endDateTime: isoWithOffset.optional(),
});
const scoreBody = z
  .object({
    userId: z.string().min(1),
    scoreGiven: z.number().min(0).optional(),
    scoreMaximum: z.number().positive().optional(),
    comment: z.string().max(10_000).optional(),
    timestamp: isoWithOffset,
    activityProgress: z.enum(['Initialized', 'Started', 'InProgress', 'Submitted', 'Completed']),
    gradingProgress: z.enum(['FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady']),
  })
  .refine((score) => score.scoreGiven === undefined || score.scoreMaximum !== undefined, { message: 'scoreMaximum is required with scoreGiven', path: ['scoreMaximum'] });

function refuse(res: Response, status: number, error: string, description: string): void {
  if (status === 401) res.set('WWW-Authenticate', `Bearer error="${error}", error_description="${description}"`);
  res.status(status).json({ error, error_description: description });
}

/** The request's token must be live and carry one of `scopes` (AGS 2.0 section 3.1): 401 without a token, 403 without the scope. */
function allowed(platform: Platform, req: Request, res: Response, scopes: string[]): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
  const grant = match ? platform.accessTokens.get(match[1].trim()) : undefined;
  if (!grant) {
    refuse(res, 401, 'invalid_token', match ? 'Unknown or expired access token' : 'A Bearer access token is required');
    return false;
  }
  if (!scopes.some((scope) => grant.scopes.includes(scope))) {
    refuse(res, 403, 'insufficient_scope', `The access token lacks the scope ${scopes.join(' or ')}`);
    return false;
  }
  return true;
}

function invalid(res: Response, error: z.ZodError): void {
  refuse(res, 400, 'invalid_request', error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
}

const publicItem = ({ results: _results, scoreHistory: _history, ...item }: GradebookLineItem) => item;

/**
 * Assignment and Grade Services 2.0: line items (container and one), scores and results of
 * each course, with the scope checks a platform makes. Bodies are read only with the AGS
 * media types (and plain JSON for line items, which some tools send).
 */
export function agsEndpointRoutes(platform: Platform): Router {
  const router = Router();
  const { gradebook } = platform;
  router.use('/ags', (req, res, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim();
    res.on('finish', () => gradebook.recordRequest({
      method: req.method, path: req.originalUrl, contentType: req.get('content-type') ?? null, accept: req.get('accept') ?? null,
      tokenScopes: (bearer && platform.accessTokens.get(bearer)?.scopes) || [], status: res.statusCode,
    }));
    next();
  });
  const json = (types: string[]) => express.json({ type: types, limit: '64kb' });
  const container = '/ags/contexts/:courseId/lineitems';
  const one = `${container}/:itemId`;
  const itemOr404 = (req: Request, res: Response) => {
    const item = gradebook.find(courseFor(req.params.courseId).id, String(req.params.itemId));
    if (!item) refuse(res, 404, 'not_found', 'No such line item');
    return item;
  };

  router.get(container, (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsLineItem, SCOPE.agsLineItemReadonly])) return;
    const courseId = courseFor(req.params.courseId).id;
    const matches = (value: string | undefined, wanted: unknown) => typeof wanted !== 'string' || value === wanted;
    const all = gradebook.lineItems(courseId).filter((item) =>
      matches(item.resourceId, req.query.resource_id) && matches(item.resourceLinkId, req.query.resource_link_id) && matches(item.tag, req.query.tag));
    const limit = Math.min(Math.max(Number(req.query.limit) || MAX_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    const offset = Math.max(Number(req.query.offset) || 0, 0);
    if (offset + limit < all.length) {
      const next = new URL(platform.urls.lineItems(courseId));
      for (const [name, value] of Object.entries(req.query)) if (typeof value === 'string') next.searchParams.set(name, value);
      next.searchParams.set('limit', String(limit));
      next.searchParams.set('offset', String(offset + limit));
      res.set('Link', `<${next.href}>; rel="next"`);
    }
    res.type(AGS_MEDIA_TYPE.lineItemContainer).send(JSON.stringify(all.slice(offset, offset + limit).map(publicItem)));
  });

  router.post(container, json([AGS_MEDIA_TYPE.lineItem, 'application/json']), (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsLineItem])) return;
    const body = lineItemBody.safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    const courseId = courseFor(req.params.courseId).id;
    const item = gradebook.create(courseId, platform.urls.lineItems(courseId), body.data as LineItemFields);
    res.status(201).type(AGS_MEDIA_TYPE.lineItem).send(JSON.stringify(publicItem(item)));
  });

  router.get(one, (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsLineItem, SCOPE.agsLineItemReadonly])) return;
    const item = itemOr404(req, res);
    if (item) res.type(AGS_MEDIA_TYPE.lineItem).send(JSON.stringify(publicItem(item)));
  });

  router.put(one, json([AGS_MEDIA_TYPE.lineItem, 'application/json']), (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsLineItem])) return;
    const item = itemOr404(req, res);
    if (!item) return;
    const body = lineItemBody.safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    gradebook.update(item, body.data as LineItemFields);
    res.type(AGS_MEDIA_TYPE.lineItem).send(JSON.stringify(publicItem(item)));
  });

  router.delete(one, (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsLineItem])) return;
    const item = itemOr404(req, res);
    if (!item) return;
    gradebook.remove(courseFor(req.params.courseId).id, item);
    res.status(204).end();
  });

  router.post(`${one}/scores`, json([AGS_MEDIA_TYPE.score]), (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsScore])) return;
    if (!req.is(AGS_MEDIA_TYPE.score)) return refuse(res, 415, 'unsupported_media_type', `Scores must be sent as ${AGS_MEDIA_TYPE.score}`);
    const item = itemOr404(req, res);
    if (!item) return;
    const failure = gradebook.takeScoreFailure();
    if (failure !== null && !failure.afterRecording) return refuse(res, failure.status, 'unavailable', 'The gradebook is unavailable (test hook)');
    const body = scoreBody.safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    if (!findLaunchUser(body.data.userId)) return refuse(res, 400, 'invalid_request', `userId ${body.data.userId} is not a member of the course`);
    if (gradebook.staleForStrictPlatform(item, body.data)) return refuse(res, 400, 'invalid_request', `Provided timestamp of ${body.data.timestamp} not after current timestamp`);
    gradebook.receiveScore(item, body.data);
    if (failure !== null) return refuse(res, failure.status, 'unavailable', 'The answer was lost (test hook)');
    res.status(204).end();
  });

  router.get(`${one}/results`, (req, res) => {
    if (!allowed(platform, req, res, [SCOPE.agsResultReadonly])) return;
    const item = itemOr404(req, res);
    if (!item) return;
    const wanted = typeof req.query.user_id === 'string' ? req.query.user_id : null;
    const results = item.results.filter((result) => wanted === null || result.userId === wanted).map((result) => ({
      id: `${item.id}/results/${encodeURIComponent(result.userId)}`,
      scoreOf: item.id,
      userId: result.userId,
      ...(result.resultScore === undefined ? {} : { resultScore: result.resultScore, resultMaximum: result.resultMaximum }),
      ...(result.comment === undefined ? {} : { comment: result.comment }),
    }));
    res.type(AGS_MEDIA_TYPE.resultContainer).send(JSON.stringify(results));
  });
  return router;
}
