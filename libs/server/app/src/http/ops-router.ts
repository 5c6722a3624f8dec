import { Router } from 'express';
import type { Database } from '@lti-rooms/server-persistence';
import { Metrics } from './metrics';

/** Liveness, readiness (the database answers) and Prometheus metrics. */
export function opsRouter(db: Database, metrics: Metrics): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: db.dialect });
    } catch {
      res.status(503).set('Retry-After', '5').json({ status: 'unavailable', database: db.dialect });
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
