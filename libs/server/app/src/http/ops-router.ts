import { Router } from 'express';
import type { Database } from '@lti-rooms/server-persistence';
import { ApiFailure, Metrics, MetricsExposure, route, serveMetrics } from '@lti-rooms/server-http';

/** Liveness, readiness (the database answers) and, when the operator allows it on this port, Prometheus metrics. */
export function opsRouter(db: Database, metrics: Metrics, exposure: MetricsExposure = {}): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', route(async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: db.dialect });
    } catch {
      res.status(503).set('Retry-After', '5').json({ status: 'unavailable', database: db.dialect });
    }
  }));
  // Without a token the public port has no metrics: a 404, not the web app's page either.
  router.get('/metrics', exposure.token ? serveMetrics(metrics, exposure.token) : (_req, _res, next) => next(new ApiFailure('NOT_FOUND', { reason: 'NO_SUCH_ADDRESS' })));
  return router;
}
