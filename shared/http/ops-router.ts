/**
 * Operations endpoints: liveness, readiness (database, Redis) and Prometheus metrics.
 * `/healthz` is open (load balancers and orchestrators probe it). `/metrics` tells the traffic,
 * routes and process of the server, so it answers only the `METRICS_TOKEN` bearer (and is off
 * without one). `/readyz` stays open for probes but says only ready or not: which dependency
 * failed is for the token holder (and the logs).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request, Router } from 'express';
import type { Core } from '../core.js';
import { AppError } from '../errors/errors.js';
import type { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the request carries the metrics bearer token: digests compared in constant time. */
export function metricsTokenChecker(token: string | undefined): (req: Request) => boolean {
  const expected = token ? digest(token) : undefined;
  return (req) => {
    const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    return Boolean(expected && bearer && timingSafeEqual(expected, digest(bearer)));
  };
}

export function createOpsRouter(core: Core, metrics: Metrics): Router {
  const router = Router();
  const holdsMetricsToken = metricsTokenChecker(core.config.metricsToken);

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (req, res) => {
    const database = await core.store.ping();
    const checks: Record<string, boolean> = { database };
    if (core.config.redisUrl) checks.redis = await pingKv(core);
    const ready = Object.values(checks).every(Boolean);
    if (!ready) core.logger.warn({ checks }, 'not ready');
    const status = ready ? 'ready' : 'not_ready';
    res.status(ready ? 200 : 503).json(holdsMetricsToken(req) ? { status, checks } : { status });
  });

  router.get('/metrics', async (req, res, next) => {
    if (!core.config.metricsToken) {
      next(new AppError('not_found', 'metrics are off: set METRICS_TOKEN to scrape /metrics'));
      return;
    }
    if (!holdsMetricsToken(req)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      next(new AppError('unauthenticated', 'send the METRICS_TOKEN as a bearer token'));
      return;
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.text());
  });

  router.get('/', (_req, res) => res.redirect('/tabs/'));
  return router;
}

async function pingKv(core: Core): Promise<boolean> {
  try {
    await core.kv.set('readyz', Date.now(), 5_000);
    return true;
  } catch (error) {
    core.logger.warn({ err: error }, 'readiness: the key-value store did not answer');
    return false;
  }
}
