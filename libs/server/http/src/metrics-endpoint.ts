import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, Server } from 'node:http';
import express from 'express';
import { route } from './route';
import type { Metrics } from './metrics';

/**
 * Who may read /metrics is the operator's choice (README "Operations"): with METRICS_TOKEN
 * the caller must present it as a bearer token; with METRICS_PORT the metrics have a
 * listener of their own (firewalled as the operator sees fit); with neither, the public
 * port answers 404, as for any address it does not serve.
 */
export interface MetricsExposure {
  token?: string;
  port?: number;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests, so neither the token's length nor its prefix leaks through timing. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

export function serveMetrics(metrics: Metrics, token: string | undefined) {
  return route(async (req, res) => {
    if (token && !bearerMatches(req.get('authorization'), token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').json({ error: { code: 'UNAUTHENTICATED' } });
      return;
    }
    res.type(metrics.registry.contentType).set('Cache-Control', 'no-store').send(await metrics.registry.metrics());
  });
}

/** The listener METRICS_PORT asks for: /metrics and nothing else. */
export function createMetricsServer(metrics: Metrics, token: string | undefined): Server {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', serveMetrics(metrics, token));
  app.use((_req, res) => res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Only /metrics is served here.' } }));
  return createServer(app);
}
