/** Operations endpoints: liveness, readiness (database, Redis) and Prometheus metrics. */
import { Router } from 'express';
import type { Core } from '../core.js';
import type { Metrics } from './metrics.js';

export function createOpsRouter(core: Core, { registry }: Metrics): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const database = await core.store.ping();
    const checks: Record<string, boolean> = { database };
    if (core.config.redisUrl) checks.redis = await pingKv(core);
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });

  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  });

  router.get('/', (_req, res) => res.redirect('/tabs/'));
  return router;
}

async function pingKv(core: Core): Promise<boolean> {
  try {
    await core.kv.set('readyz', Date.now(), 5_000);
    return true;
  } catch {
    return false;
  }
}
